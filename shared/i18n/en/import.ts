import type { viImport } from '../vi/import';

export const enImport: typeof viImport = {};
