import type { Migration } from './migration';

/** Placeholder while the area is built: replaced by the area's tables. */
export const m010Inspections: Migration = {
  version: 10,
  name: 'inspections',
  up() {},
};
