import { toIssues } from '../../shared/api/dispatch';
import { memberEventSchema, type MemberEventData } from '../../shared/members/events';
import { findEthnicity, findReligion } from '../../shared/members/lookup';
import type { IsoDate } from '../../shared/dates/calendar';
import { dateSchema } from '../../shared/members/fields';
import { memberRecordSchema, memberUnitSchema, type MemberRecord } from '../../shared/members/record';
import type { ImportProblem } from '../../shared/members/views';
import { findGender, findQualification, findTheoryLevel, header, SHEETS, type MemberColumn } from './format';
import { issueProblems, problemAt, zodProblems, type CellRef } from './problems';
import type { SheetRow } from './read-workbook';

/** An event read from the file, with the cell a problem with it points at (its date). */
export interface EventDraft {
  event: MemberEventData;
  at: CellRef;
}

/** A member row that passed every check of its own. */
export interface MemberDraft {
  source: SheetRow<MemberColumn>;
  record: MemberRecord;
  unitCode: string | undefined;
  /** Admission, then recognition when the row has its date; "Biến động" rows are added after. */
  events: EventDraft[];
}

/**
 * One row of "Đảng viên", read. Parts of a row with problems are still kept when they are sound, so that the other
 * checks (the unit, the register's cards and CCCDs, the history against the rules) can still be made and listed.
 */
export interface MemberRowReading {
  source: SheetRow<MemberColumn>;
  /** The member to add; absent when the row has any problem of its own. */
  draft: MemberDraft | undefined;
  /** The unit code when it is well formed (undefined: the home unit). */
  unit: { code: string | undefined } | undefined;
  /** What the rules check a history with, when the birth date and both dates are sound. */
  history: { birthDate: IsoDate; events: EventDraft[] } | undefined;
  problems: ImportProblem[];
}

export const memberCell = (row: SheetRow<MemberColumn>, column: MemberColumn): CellRef => ({
  sheet: SHEETS.members,
  row: row.row,
  column: header(column),
  value: row.cells[column],
});

/** The record fields that are columns of the sheet, by the same names. */
const RECORD_COLUMNS = new Set<string>([
  'fullName',
  'gender',
  'birthDate',
  'ethnicity',
  'religion',
  'hometown',
  'citizenId',
  'partyCardNumber',
  'qualification',
  'theoryLevel',
  'position',
  'note',
] satisfies MemberColumn[]);

/** The column an issue of the record schema is about. */
export const recordColumn = (field: string): MemberColumn => (RECORD_COLUMNS.has(field) ? (field as MemberColumn) : 'fullName');

/** Words of coded columns turned into codes; a word not in the list is a problem of its own, not "required". */
const CODED = [
  ['gender', (text: string) => findGender(text), 'import.problem.gender_unknown'],
  ['ethnicity', (text: string) => findEthnicity(text)?.code, 'import.problem.ethnicity_unknown'],
  ['religion', (text: string) => findReligion(text)?.code, 'import.problem.religion_unknown'],
  ['qualification', (text: string) => findQualification(text), 'import.problem.qualification_unknown'],
  ['theoryLevel', (text: string) => findTheoryLevel(text), 'import.problem.theory_unknown'],
] as const satisfies readonly (readonly [MemberColumn, (text: string) => string | undefined, string])[];

/**
 * Checks one row of "Đảng viên" against the member record schema and the event schema, with every problem of the
 * row: "Ngày vào Đảng" becomes the admission, "Ngày chính thức" (empty: still probationary) the recognition.
 */
export function readMemberRow(row: SheetRow<MemberColumn>): MemberRowReading {
  const { cells } = row;
  const problems: ImportProblem[] = row.decimals.map((column) => problemAt(memberCell(row, column), 'import.problem.digits_as_number'));
  const unknown = new Set<string>();
  const coded: Record<string, string | undefined> = {};
  for (const [column, find, reason] of CODED) {
    if (cells[column] === '') continue;
    coded[column] = find(cells[column]);
    if (coded[column] === undefined) {
      unknown.add(column);
      problems.push(problemAt(memberCell(row, column), reason));
    }
  }

  const record = memberRecordSchema.safeParse({
    fullName: cells.fullName,
    gender: coded.gender,
    birthDate: cells.birthDate,
    ethnicity: coded.ethnicity,
    religion: coded.religion,
    hometown: cells.hometown,
    citizenId: cells.citizenId,
    partyCardNumber: cells.partyCardNumber,
    qualification: coded.qualification,
    theoryLevel: coded.theoryLevel,
    position: cells.position,
    note: cells.note,
  });
  if (!record.success) {
    const field = (path: string) => path.split('.')[0] ?? '';
    // A word not in its list was told above; the schema would only add "required" for the same cell.
    const issues = toIssues(record.error).filter((issue) => !unknown.has(field(issue.path)));
    problems.push(...issueProblems(issues, (path) => memberCell(row, recordColumn(field(path)))));
  }

  const unit = memberUnitSchema.safeParse(cells.unitCode);
  if (!unit.success) problems.push(...zodProblems(unit.error, () => memberCell(row, 'unitCode')));

  const events: EventDraft[] = [];
  let eventsSound = true;
  const dated = [
    ['admittedOn', 'admitted'],
    ['officialOn', 'made_official'],
  ] as const;
  for (const [column, type] of dated) {
    if (type === 'made_official' && cells.officialOn === '') continue;
    const event = memberEventSchema.safeParse({ type, date: cells[column] });
    if (event.success) events.push({ event: event.data, at: memberCell(row, column) });
    else {
      eventsSound = false;
      problems.push(...zodProblems(event.error, () => memberCell(row, column)));
    }
  }

  const birthDate = dateSchema.safeParse(cells.birthDate);
  return {
    source: row,
    draft: problems.length === 0 && record.success && unit.success ? { source: row, record: record.data, unitCode: unit.data, events } : undefined,
    unit: unit.success ? { code: unit.data } : undefined,
    history: birthDate.success && eventsSound ? { birthDate: birthDate.data, events } : undefined,
    problems,
  };
}
