import { z } from 'zod';
import { call, returns } from '../api/call';
import { ratingSheetSchema, ratingYearSchema } from './schema';
import type { RatingYear } from './views';

/** The annual review and rating (kiểm điểm, xếp loại chất lượng) of the register's members and its own unit. */
export const ratingCalls = {
  /** A year's sheet: the members due or not on 31 December with what is recorded, counts and the quota check. */
  'ratings.year': call(z.object({ year: ratingYearSchema }).strict(), returns<RatingYear>()),
  /** Saves a year's sheet in one go and returns it as now stored; refuses members not due and future years. */
  'ratings.save': call(ratingSheetSchema, returns<RatingYear>()),
} as const;
