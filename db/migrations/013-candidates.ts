import type { Migration } from './migration';

/** Placeholder while the area is built: replaced by the area's tables. */
export const m013Candidates: Migration = {
  version: 13,
  name: 'candidates',
  up() {},
};
