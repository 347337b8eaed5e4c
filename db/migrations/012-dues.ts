import type { Migration } from './migration';

/** Placeholder while the area is built: replaced by the area's tables. */
export const m012Dues: Migration = {
  version: 12,
  name: 'dues',
  up() {},
};
