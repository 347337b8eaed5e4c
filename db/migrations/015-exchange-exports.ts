import type { Migration } from './migration';

/** Placeholder while the area is built. */
export const m015ExchangeExports: Migration = {
  version: 15,
  name: 'exchange-exports',
  up() {},
};
