import type { Migration } from './migration';

/** Placeholder while the area is built. */
export const m016ExchangeFiles: Migration = {
  version: 16,
  name: 'exchange-files',
  up() {},
};
