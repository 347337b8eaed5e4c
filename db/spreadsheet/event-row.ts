import { toIssues } from '../../shared/api/dispatch';
import { memberEventSchema, TRANSFER_TYPES } from '../../shared/members/events';
import type { ImportProblem } from '../../shared/members/views';
import { cardKey } from '../members/columns';
import { EVENT_KINDS, findEventKind, header, SHEETS, type EventColumn } from './format';
import type { EventDraft } from './member-row';
import { issueProblems, problemAt, type CellRef } from './problems';
import type { SheetRow } from './read-workbook';

/** A row of "Biến động": whose event it is (by card number or CCCD, as written) and the event when it is sound. */
export interface HistoryRow {
  row: number;
  card: string | undefined;
  citizenId: string | undefined;
  draft: EventDraft | undefined;
  problems: ImportProblem[];
}

export const eventCell = (row: SheetRow<EventColumn>, column: EventColumn): CellRef => ({
  sheet: SHEETS.events,
  row: row.row,
  column: header(column),
  value: row.cells[column],
});

/** People type card numbers with or without dots and spaces, CCCDs with or without spaces: one key each. */
export const cardLinkKey = (text: string) => (text === '' ? undefined : cardKey(text.replace(/\s+/g, '')));
export const citizenIdLinkKey = (text: string) => (text === '' ? undefined : text.replace(/\s+/g, ''));

/** Which column an issue of the event schema is about. */
const COLUMN_OF_FIELD: Record<string, EventColumn> = {
  type: 'kind',
  form: 'kind',
  date: 'date',
  decisionNumber: 'decisionNumber',
  otherUnit: 'otherUnit',
  issuedBy: 'otherUnit',
  note: 'note',
  years: 'note',
  title: 'note',
};

const isTransfer = (type: string) => (TRANSFER_TYPES as readonly string[]).includes(type);

/**
 * Checks one row of "Biến động" against the event schema. "Đơn vị liên quan" is the unit on the other side of a
 * transfer and, for every other kind, the body that issued the decision. A badge's years are the first number in
 * "Ghi chú" ("30 năm"), whose text stays the note; a reward's "Ghi chú" is what it was for.
 */
export function readEventRow(row: SheetRow<EventColumn>): HistoryRow {
  const { cells } = row;
  const link = { row: row.row, card: cardLinkKey(cells.partyCardNumber), citizenId: citizenIdLinkKey(cells.citizenId) };
  const problems = row.decimals.map((column) => problemAt(eventCell(row, column), 'import.problem.digits_as_number'));
  if (!link.card && !link.citizenId) {
    problems.push(problemAt(eventCell(row, 'partyCardNumber'), 'import.problem.member_missing'));
  }

  const kindKey = cells.kind === '' ? undefined : findEventKind(cells.kind);
  if (kindKey === undefined) {
    const reason = cells.kind === '' ? 'validation.event_type_required' : 'import.problem.kind_unknown';
    return { ...link, draft: undefined, problems: [...problems, problemAt(eventCell(row, 'kind'), reason)] };
  }
  const kind: { type: string; form?: string } = EVENT_KINDS[kindKey];
  const input: Record<string, unknown> = { type: kind.type, date: cells.date, decisionNumber: cells.decisionNumber };
  input[isTransfer(kind.type) ? 'otherUnit' : 'issuedBy'] = cells.otherUnit;
  if (kind.form) input.form = kind.form;
  if (kind.type === 'reward') input.title = cells.note;
  else input.note = cells.note;
  if (kind.type === 'badge') {
    const years = /\d+/.exec(cells.note)?.[0];
    if (years === undefined) problems.push(problemAt(eventCell(row, 'note'), 'import.problem.badge_years_missing'));
    else input.years = Number(years);
  }

  const event = memberEventSchema.safeParse(input);
  if (!event.success) {
    // A badge without years was told above in plain words.
    const issues = toIssues(event.error).filter((issue) => issue.path !== 'years');
    problems.push(...issueProblems(issues, (path) => eventCell(row, COLUMN_OF_FIELD[path.split('.')[0] ?? ''] ?? 'kind')));
  }
  if (problems.length > 0 || !event.success) return { ...link, draft: undefined, problems };
  return { ...link, draft: { event: event.data, at: eventCell(row, 'date') }, problems: [] };
}
