import { z } from 'zod';
import { isIsoDate, parseViDate } from '../dates/calendar';

/** An empty or blank field means "not given". */
export const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * A calendar date, typed as Vietnamese write it (dd/mm/yyyy) or as ISO; always ISO after parsing, so the form, the
 * spreadsheet import and the API share one rule.
 */
export const dateSchema = z.preprocess(
  (value) => (typeof value === 'string' ? (parseViDate(value) ?? value.trim()) : value),
  z
    .string({ error: 'validation.date_required' })
    // A blank date is told "required", not also "not a valid date".
    .min(1, { error: 'validation.date_required', abort: true })
    .refine(isIsoDate, 'validation.date_invalid'),
);

export const optionalDateSchema = z.preprocess(blankToUndefined, dateSchema.optional());

/** Optional free text: trimmed, blank means absent. */
export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, 'validation.text_too_long').optional());
