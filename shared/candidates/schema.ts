import { z } from 'zod';
import { id } from '../api/call';
import { blankToUndefined, dateSchema, optionalDateSchema, optionalText } from '../members/fields';
import { FULL_NAME_MAX, memberRecordSchema, memberUnitSchema } from '../members/record';

/**
 * The person's record, as the member they will become will hold it: the same fields and rules as a member's, save the
 * party card, which is issued after admission.
 */
export const candidateRecordSchema = memberRecordSchema.omit({ partyCardNumber: true });
export type CandidateRecord = z.output<typeof candidateRecordSchema>;

/**
 * An official member the cell assigned to help the candidate (đảng viên chính thức giúp đỡ): a member of this register,
 * or a name when they are registered elsewhere. Exactly one of the two is checked with the stages (checks.ts), so the
 * message is the area's own.
 */
export const candidateHelperSchema = z
  .object({
    memberId: z.preprocess(blankToUndefined, id.optional()),
    name: optionalText(FULL_NAME_MAX),
  })
  .strict();

/**
 * A candidate as the secretary records them: the person, the unit they will join, who helps them and the date of
 * each stage reached. Whether the stages fit together (order, what each needs) is checked by `candidateProblems`,
 * which the form and the service both apply.
 */
export const candidateInputSchema = z
  .object({
    record: candidateRecordSchema,
    unitCode: memberUnitSchema,
    /** The day the cell named the person an outstanding candidate (quần chúng ưu tú). */
    identifiedOn: dateSchema,
    helpers: z.array(candidateHelperSchema).max(4).default([]),
    /** The party-awareness class: the certificate's date and number. */
    certificateOn: optionalDateSchema,
    certificateNumber: optionalText(100),
    /** Application for admission and biography handed in. */
    applicationOn: optionalDateSchema,
    /** Biography verified (thẩm tra lý lịch) completed. */
    verificationOn: optionalDateSchema,
    /** The cell's resolution proposing admission. */
    resolutionOn: optionalDateSchema,
    /** The admission decision of the competent committee. */
    decisionOn: optionalDateSchema,
    decisionNumber: optionalText(100),
    decisionBody: optionalText(200),
    /** The cell stopped following the person: when and why. */
    droppedOn: optionalDateSchema,
    dropReason: optionalText(1000),
  })
  .strict();

export type CandidateInput = z.output<typeof candidateInputSchema>;

/** The stages and helpers alone: what `candidateProblems` reads, checkable while the person's fields are still wrong. */
export const candidateStagesSchema = candidateInputSchema.omit({ record: true, unitCode: true });
export type CandidateStages = z.output<typeof candidateStagesSchema>;

export const admitCandidateSchema = z.object({ id, ceremonyOn: dateSchema }).strict();
