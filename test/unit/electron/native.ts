import { fileURLToPath } from 'node:url';

/** better-sqlite3's addon as npm built it, for Node: in these tests it stands in for the Electron build. */
export const NODE_BINDING = fileURLToPath(
  new URL('../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node', import.meta.url),
);
