import type { ImportProblem } from '../../shared/members/views';
import { EVENT_COLUMNS, header, MEMBER_COLUMNS, SHEETS } from './format';

const SHEET_ORDER = ['', SHEETS.members, SHEETS.events];
const columnOrder = new Map<string, number>([
  ...MEMBER_COLUMNS.map((column, index) => [`${SHEETS.members}\u0000${header(column)}`, index] as const),
  ...EVENT_COLUMNS.map((column, index) => [`${SHEETS.events}\u0000${header(column)}`, index] as const),
]);

const rank = (problem: ImportProblem): [number, number, number] => [
  SHEET_ORDER.indexOf(problem.sheet),
  problem.row,
  columnOrder.get(`${problem.sheet}\u0000${problem.column}`) ?? -1,
];

/** Problems in the order a person reads the file: sheet by sheet, row by row, left to right. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => {
    const [sheetA, rowA, columnA] = rank(a);
    const [sheetB, rowB, columnB] = rank(b);
    return sheetA - sheetB || rowA - rowB || columnA - columnB;
  });
}
