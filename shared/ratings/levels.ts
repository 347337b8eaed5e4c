/**
 * The four quality levels of the annual review (Quy định 124-QĐ/TW ngày 04/10/2023, Điều 12; kept by Quy định
 * 366-QĐ/TW ngày 30/8/2025), best first. The codes are those of the report indicators `rating.<code>`.
 */
export const RATING_LEVELS = ['htxs', 'htt', 'ht', 'kht'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/**
 * Why a member listed in a year's sheet is not rated here, computed from the events on the rating day: exempt from
 * activity, admitted too recently, rated by their home cell (temporarily attached here), or gone from the register
 * during the year (the exits are the member statuses of the same name).
 */
export const NOT_DUE_REASONS = [
  'exempt',
  'newly_admitted',
  'temporarily_attached',
  'transferred_out',
  'removed',
  'expelled',
  'withdrew',
  'died',
] as const;
export type NotDueReason = (typeof NOT_DUE_REASONS)[number];
