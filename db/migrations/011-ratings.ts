import type { Migration } from './migration';

/** Placeholder while the area is built: replaced by the area's tables. */
export const m011Ratings: Migration = {
  version: 11,
  name: 'ratings',
  up() {},
};
