import ExcelJS, { type Worksheet } from 'exceljs';
import { matchKey } from '../../shared/members/lookup';
import type { ImportProblem } from '../../shared/members/views';
import { cellText } from './cells';
import { DIGIT_COLUMNS, EVENT_COLUMNS, header, MEMBER_COLUMNS, SHEETS, type ColumnKey } from './format';
import { fileProblem, problemAt } from './problems';

/** One filled row of a sheet: its spreadsheet row number and each column's text. */
export interface SheetRow<C extends ColumnKey> {
  row: number;
  cells: Record<C, string>;
  /**
   * Digit columns (card number, CCCD) whose cell Excel holds as a decimal number: "52.012340" typed into such a cell
   * is kept as 52.01234, the last zero lost for good, so the value cannot be trusted.
   */
  decimals: C[];
}

export interface MemberSheets {
  members: SheetRow<(typeof MEMBER_COLUMNS)[number]>[];
  /** Empty when the file has no "Biến động" sheet. */
  events: SheetRow<(typeof EVENT_COLUMNS)[number]>[];
}

export type WorkbookReading = { ok: true; sheets: MemberSheets } | { ok: false; problems: ImportProblem[] };

/** Sheets and headers are found whatever their case or marks: "dang vien" is "Đảng viên". */
function findSheet(workbook: ExcelJS.Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((sheet) => matchKey(sheet.name) === matchKey(name));
}

/**
 * Where each column is, by its header in row 1, so a moved column is still read. A missing (or renamed) column is
 * one problem naming it, showing what stands in its place in the template's order.
 */
function locateColumns<C extends ColumnKey>(sheet: Worksheet, sheetName: string, columns: readonly C[]) {
  const found = new Map<string, number>();
  const headerRow = sheet.getRow(1);
  headerRow.eachCell((cell, column) => {
    const key = matchKey(cellText(cell.value));
    if (key !== '' && !found.has(key)) found.set(key, column);
  });
  const positions = {} as Record<C, number>;
  const problems: ImportProblem[] = [];
  columns.forEach((column, index) => {
    const position = found.get(matchKey(header(column)));
    if (position !== undefined) positions[column] = position;
    else {
      const standing = cellText(headerRow.getCell(index + 1).value);
      problems.push(
        problemAt({ sheet: sheetName, row: 1, column: header(column), value: standing }, 'import.problem.column_missing', {
          column: header(column),
        }),
      );
    }
  });
  return { positions, problems };
}

/** The rows below the header that hold anything besides a running number; blank rows are skipped. */
function filledRows<C extends ColumnKey>(sheet: Worksheet, columns: readonly C[], positions: Record<C, number>): SheetRow<C>[] {
  const rows: SheetRow<C>[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = {} as Record<C, string>;
    const decimals: C[] = [];
    for (const column of columns) {
      const { value } = row.getCell(positions[column]);
      const digits = DIGIT_COLUMNS.has(column);
      cells[column] = cellText(value, digits);
      if (digits && typeof value === 'number' && !Number.isInteger(value)) decimals.push(column);
    }
    if (columns.some((column) => column !== 'stt' && cells[column] !== '')) rows.push({ row: rowNumber, cells, decimals });
  });
  return rows;
}

/**
 * Reads the member sheets of an .xlsx file. Anything that stops the rows from being read at all — not a workbook,
 * no "Đảng viên" sheet, a column missing from a header — is reported alone: rows read under a wrong header would
 * only give misleading problems.
 */
export async function readMemberWorkbook(bytes: Buffer): Promise<WorkbookReading> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, problems: [fileProblem('import.problem.not_xlsx')] };
  }
  const membersSheet = findSheet(workbook, SHEETS.members);
  if (!membersSheet) {
    return { ok: false, problems: [fileProblem('import.problem.sheet_missing', { sheet: SHEETS.members })] };
  }
  const eventsSheet = findSheet(workbook, SHEETS.events);
  const members = locateColumns(membersSheet, SHEETS.members, MEMBER_COLUMNS);
  const events = eventsSheet ? locateColumns(eventsSheet, SHEETS.events, EVENT_COLUMNS) : undefined;
  const problems = [...members.problems, ...(events?.problems ?? [])];
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    sheets: {
      members: filledRows(membersSheet, MEMBER_COLUMNS, members.positions),
      events: eventsSheet && events ? filledRows(eventsSheet, EVENT_COLUMNS, events.positions) : [],
    },
  };
}
