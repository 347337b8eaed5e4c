import type { viExchangeImport } from '../vi/exchange-import';

export const enExchangeImport: typeof viExchangeImport = {};
