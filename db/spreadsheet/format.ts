import type { DisciplineForm, EventType } from '../../shared/members/events';
import type { Gender, Qualification, TheoryLevel } from '../../shared/members/levels';
import { matchKey } from '../../shared/members/lookup';
import { viImport } from '../../shared/i18n/vi/import';

/**
 * The member spreadsheet's format (DESIGN.md, "Member import template"): sheet names, columns in order and the words
 * allowed in coded columns. It is a contract with people's files, so it is always Vietnamese whatever the interface
 * language, and the words come from the Vietnamese catalogue so the template, the guide and the reader cannot differ.
 */
export const SHEETS = viImport.sheet;

export type ColumnKey = keyof typeof viImport.column;

export const MEMBER_COLUMNS = [
  'stt',
  'fullName',
  'gender',
  'birthDate',
  'ethnicity',
  'religion',
  'hometown',
  'citizenId',
  'partyCardNumber',
  'admittedOn',
  'officialOn',
  'qualification',
  'theoryLevel',
  'position',
  'unitCode',
  'note',
] as const satisfies readonly ColumnKey[];
export type MemberColumn = (typeof MEMBER_COLUMNS)[number];

export const EVENT_COLUMNS = [
  'stt',
  'partyCardNumber',
  'citizenId',
  'kind',
  'date',
  'decisionNumber',
  'otherUnit',
  'note',
] as const satisfies readonly ColumnKey[];
export type EventColumn = (typeof EVENT_COLUMNS)[number];

export const header = (column: ColumnKey): string => viImport.column[column];

/** Columns read as dates (dd/mm/yyyy text or real Excel dates). */
export const DATE_COLUMNS: ReadonlySet<ColumnKey> = new Set(['birthDate', 'admittedOn', 'officialOn', 'date']);
/** Columns of digits that Excel turns into numbers when typed without a text format. */
export const DIGIT_COLUMNS: ReadonlySet<ColumnKey> = new Set(['citizenId', 'partyCardNumber']);

/** What a "Loại" of the "Biến động" sheet records. */
interface EventKind {
  type: Exclude<EventType, 'admitted' | 'made_official'>;
  form?: DisciplineForm;
}

export const EVENT_KINDS = {
  transferred_in: { type: 'transferred_in' },
  transferred_out: { type: 'transferred_out' },
  temporary_in: { type: 'temporary_in' },
  temporary_out: { type: 'temporary_out' },
  temporary_in_end: { type: 'temporary_in_end' },
  temporary_out_return: { type: 'temporary_out_return' },
  exemption_start: { type: 'exemption_start' },
  exemption_end: { type: 'exemption_end' },
  khien_trach: { type: 'discipline', form: 'khien_trach' },
  canh_cao: { type: 'discipline', form: 'canh_cao' },
  cach_chuc: { type: 'discipline', form: 'cach_chuc' },
  khai_tru: { type: 'discipline', form: 'khai_tru' },
  removed: { type: 'removed' },
  withdrew: { type: 'withdrew' },
  died: { type: 'died' },
  badge: { type: 'badge' },
  reward: { type: 'reward' },
} as const satisfies Record<keyof typeof viImport.value.kind, EventKind>;
export type EventKindKey = keyof typeof EVENT_KINDS;

/** The "Loại" word for an event, for the export; admission and recognition are columns of the first sheet instead. */
export function kindKeyOf(event: { type: EventType; form?: DisciplineForm }): EventKindKey | undefined {
  if (event.type === 'discipline') return event.form;
  if (event.type === 'admitted' || event.type === 'made_official') return undefined;
  return event.type;
}

/**
 * A lookup from what people type to a code: the catalogue's word, and the other spellings in common use, compared
 * without regard to case, marks, spaces or hyphens ("NỮ", "nu", "Đại học", "dai hoc").
 */
function wordIndex<C extends string>(words: Record<C, string>, otherSpellings: Partial<Record<C, readonly string[]>> = {}) {
  const index = new Map<string, C>();
  for (const code of Object.keys(words) as C[]) {
    for (const spelling of [words[code], ...(otherSpellings[code] ?? [])]) index.set(matchKey(spelling), code);
  }
  return (text: string): C | undefined => index.get(matchKey(text));
}

export const findGender = wordIndex<Gender>(viImport.value.gender);
export const findTheoryLevel = wordIndex<TheoryLevel>(viImport.value.theory, { cu_nhan: ['Cử nhân chính trị'] });
// "Thạc sỹ", "Tiến sỹ" are the older spelling, still on many diplomas.
export const findQualification = wordIndex<Qualification>(viImport.value.qualification, {
  thac_si: ['Thạc sỹ'],
  tien_si: ['Tiến sỹ'],
});
export const findEventKind = wordIndex<EventKindKey>(viImport.value.kind);
