import { z } from 'zod';
import { normaliseName } from '../text/names';
import { orgCodeSchema } from '../org/schemas';
import { ETHNICITY_CODES } from './ethnicities';
import { dateSchema, blankToUndefined, optionalText } from './fields';
import { ACADEMIC_TITLES, GENDERS, QUALIFICATIONS, THEORY_LEVELS } from './levels';
import { RELIGION_CODES } from './religions';

export const FULL_NAME_MAX = 120;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z.preprocess(blankToUndefined, z.enum(values, { error }).optional());

/** Digits typed into a spreadsheet arrive as numbers; they are read as the text they show, so the message is ours. */
const optionalPattern = (pattern: RegExp, error: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' || typeof value === 'number' ? blankToUndefined(String(value).replace(/\s+/g, '')) : value),
    z.string().regex(pattern, error).optional(),
  );

/**
 * The member's record: who the person is (mẫu 2-KNĐ and the member summary of the e-handbook). Nothing here says
 * whether or where the person is a member: that comes from dated events.
 */
export const memberRecordSchema = z
  .object({
    fullName: z
      .string({ error: 'validation.full_name_required' })
      .transform(normaliseName)
      .pipe(z.string().min(1, 'validation.full_name_required').max(FULL_NAME_MAX, 'validation.full_name_too_long')),
    gender: z.enum(GENDERS, { error: 'validation.gender_required' }),
    birthDate: dateSchema,
    birthName: optionalText(FULL_NAME_MAX),
    birthPlace: optionalText(300),
    hometown: optionalText(300),
    permanentAddress: optionalText(300),
    temporaryAddress: optionalText(300),
    ethnicity: z.enum(ETHNICITY_CODES, { error: 'validation.ethnicity_required' }),
    religion: z.enum(RELIGION_CODES, { error: 'validation.religion_required' }),
    /** Căn cước công dân: 12 digits. */
    citizenId: optionalPattern(/^\d{12}$/, 'validation.citizen_id_format'),
    phone: optionalPattern(/^\+?\d{9,15}$/, 'validation.phone_format'),
    occupation: optionalText(200),
    position: optionalText(200),
    /**
     * Giáo dục phổ thông, e.g. "12/12" or "9/10": the grade reached, at most the last grade of its system. Checked by
     * the pattern alone because an object-level refinement is skipped while another field is wrong, and the spreadsheet
     * import must list every problem at once.
     */
    generalEducation: optionalPattern(/^(?:(?:0?[1-9]|10)\/10|(?:0?[1-9]|1[0-2])\/12)$/, 'validation.general_education_format'),
    qualification: optionalEnum(QUALIFICATIONS, 'validation.value_unknown'),
    academicTitle: optionalEnum(ACADEMIC_TITLES, 'validation.value_unknown'),
    theoryLevel: optionalEnum(THEORY_LEVELS, 'validation.value_unknown'),
    /** Số thẻ đảng viên: digits, possibly grouped with dots (verify the exact format against issued cards). */
    partyCardNumber: optionalPattern(/^\d[\d.]{4,14}\d$/, 'validation.party_card_format'),
    note: optionalText(1000),
  })
  .strict();

export type MemberRecordInput = z.input<typeof memberRecordSchema>;
export type MemberRecord = z.output<typeof memberRecordSchema>;

/** Where a member is registered in this register: a unit code; empty means the home unit. */
export const memberUnitSchema = z.preprocess(blankToUndefined, orgCodeSchema.optional());
