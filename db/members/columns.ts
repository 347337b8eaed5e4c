import type { MemberRecord } from '../../shared/members/record';
import { foldVietnamese } from '../../shared/text/fold';

/** The record's fields and their columns; `satisfies` fails to compile when the record gains a field not listed. */
export const RECORD_COLUMNS = {
  fullName: 'full_name',
  gender: 'gender',
  birthDate: 'birth_date',
  birthName: 'birth_name',
  birthPlace: 'birth_place',
  hometown: 'hometown',
  permanentAddress: 'permanent_address',
  temporaryAddress: 'temporary_address',
  ethnicity: 'ethnicity',
  religion: 'religion',
  citizenId: 'citizen_id',
  phone: 'phone',
  occupation: 'occupation',
  position: 'position',
  generalEducation: 'general_education',
  qualification: 'qualification',
  academicTitle: 'academic_title',
  theoryLevel: 'theory_level',
  partyCardNumber: 'party_card_number',
  note: 'note',
} as const satisfies Record<keyof MemberRecord, string>;

type RecordField = keyof typeof RECORD_COLUMNS;

/** The record as named statement parameters: every field present, absent ones as NULL. */
export function recordParams(record: MemberRecord): Record<RecordField, string | null> {
  const params = {} as Record<RecordField, string | null>;
  for (const field of Object.keys(RECORD_COLUMNS) as RecordField[]) params[field] = record[field] ?? null;
  return params;
}

/** `SELECT` list giving the record's columns under the record's field names. */
export const RECORD_SELECT = `
  m.full_name AS fullName, m.gender, m.birth_date AS birthDate, m.birth_name AS birthName, m.birth_place AS birthPlace,
  m.hometown, m.permanent_address AS permanentAddress, m.temporary_address AS temporaryAddress, m.ethnicity,
  m.religion, m.citizen_id AS citizenId, m.phone, m.occupation, m.position, m.general_education AS generalEducation,
  m.qualification, m.academic_title AS academicTitle, m.theory_level AS theoryLevel,
  m.party_card_number AS partyCardNumber, m.note`;

/**
 * A record read back with RECORD_SELECT: NULL columns become absent fields, as the schema gives them. The values
 * were validated by memberRecordSchema when written and the columns' CHECKs hold them to it.
 */
export function recordFromRow(row: Record<RecordField, string | null>): MemberRecord {
  const record: Record<string, string> = {};
  for (const field of Object.keys(RECORD_COLUMNS) as RecordField[]) {
    const value = row[field];
    if (value !== null) record[field] = value;
  }
  return record as MemberRecord;
}

/** Card numbers are compared without their dots: "52.012345" and "52012345" are the same card. */
export const cardKey = (cardNumber: string) => cardNumber.replace(/\./g, '');

/**
 * What a search is matched against: the folded name, card number (as typed and without dots) and citizen ID, so
 * "dang thi thu", "52012345" or part of a CCCD each find the member.
 */
export function searchText(record: Pick<MemberRecord, 'fullName' | 'partyCardNumber' | 'citizenId'>): string {
  const card = record.partyCardNumber;
  const parts = new Set([record.fullName, card, card && cardKey(card), record.citizenId]);
  return foldVietnamese([...parts].filter(Boolean).join(' '));
}
