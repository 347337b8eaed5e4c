import { z } from 'zod';
import { id } from '../api/call';
import { optionalText } from '../members/fields';
import { RATING_LEVELS, type RatingLevel } from './levels';

export const ratingYearSchema = z.number().int().min(1930).max(2200);

const levelSchema = z.enum(RATING_LEVELS);

/**
 * One member's line of the sheet: a level, or none with the reason the cell did not rate the member, or neither when
 * nothing is decided yet (this clears what was recorded). Both at once is refused by the store, naming the member.
 */
export const memberRatingSchema = z
  .object({
    memberId: id,
    level: levelSchema.nullable(),
    notRatedReason: optionalText(500),
  })
  .strict();

/** A year's whole sheet as saved in one go: the members listed (others are left as they are) and the unit's level. */
export const ratingSheetSchema = z
  .object({
    year: ratingYearSchema,
    members: z.array(memberRatingSchema).max(5000),
    unit: z.object({ level: levelSchema.nullable() }).strict(),
  })
  .strict();

export type RatingSheetInput = z.output<typeof ratingSheetSchema>;
export type MemberRatingInput = z.output<typeof memberRatingSchema>;

/** What the form offers for a member: nothing yet, one of the levels, or "Không xếp loại" with a reason. */
export const RATING_CHOICES = ['', ...RATING_LEVELS, 'not_rated'] as const;
export type RatingChoice = (typeof RATING_CHOICES)[number];

const memberChoiceSchema = z
  .object({
    memberId: id,
    choice: z.enum(RATING_CHOICES),
    reason: z.string().trim().max(500, 'validation.text_too_long'),
  })
  .superRefine((row, context) => {
    if (row.choice === 'not_rated' && row.reason === '') {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'ratings.validation.reason_required' });
    }
  })
  .transform(
    (row): MemberRatingInput => ({
      memberId: row.memberId,
      level: row.choice === '' || row.choice === 'not_rated' ? null : row.choice,
      // A reason typed and then left behind by choosing a level is not kept.
      ...(row.choice === 'not_rated' ? { notRatedReason: row.reason } : {}),
    }),
  );

/**
 * The sheet as the screen edits it, turned into what `ratings.save` takes (less the year, which the page adds): the
 * one schema the form checks as the user types.
 */
export const ratingFormSchema = z
  .object({
    members: z.array(memberChoiceSchema).max(5000),
    unitLevel: z.enum(['', ...RATING_LEVELS]),
  })
  .transform((sheet): Omit<RatingSheetInput, 'year'> => ({
    members: sheet.members,
    unit: { level: sheet.unitLevel === '' ? null : (sheet.unitLevel as RatingLevel) },
  }));

export type RatingFormValues = z.input<typeof ratingFormSchema>;
