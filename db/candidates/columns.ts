import type { CandidateRecord } from '../../shared/candidates/schema';

/** The record's fields and their columns; `satisfies` fails to compile when the record gains a field not listed. */
const RECORD_COLUMNS = {
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
  note: 'note',
} as const satisfies Record<keyof CandidateRecord, string>;

export type RecordField = keyof typeof RECORD_COLUMNS;
const FIELDS = Object.keys(RECORD_COLUMNS) as RecordField[];

/** `SELECT` list giving the record's columns of `candidates c` under the record's field names. */
export const RECORD_SELECT = `
  c.full_name AS fullName, c.gender, c.birth_date AS birthDate, c.birth_name AS birthName, c.birth_place AS birthPlace,
  c.hometown, c.permanent_address AS permanentAddress, c.temporary_address AS temporaryAddress, c.ethnicity,
  c.religion, c.citizen_id AS citizenId, c.phone, c.occupation, c.position, c.general_education AS generalEducation,
  c.qualification, c.academic_title AS academicTitle, c.theory_level AS theoryLevel, c.note`;

/** The record as named statement parameters: every field present, absent ones as NULL. */
export function recordParams(record: CandidateRecord): Record<RecordField, string | null> {
  const params = {} as Record<RecordField, string | null>;
  for (const field of FIELDS) params[field] = record[field] ?? null;
  return params;
}

/**
 * A record read back with RECORD_SELECT: NULL columns become absent fields, as the schema gives them. The values were
 * validated by the schema when written and the columns' CHECKs hold them to it.
 */
export function recordFromRow(row: Record<RecordField, string | null>): CandidateRecord {
  const record: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = row[field];
    if (value !== null) record[field] = value;
  }
  return record as CandidateRecord;
}
