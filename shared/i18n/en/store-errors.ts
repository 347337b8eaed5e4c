import type { viStoreErrors } from '../vi/store-errors';

export const enStoreErrors: typeof viStoreErrors = {};
