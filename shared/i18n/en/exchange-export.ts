import type { viExchangeExport } from '../vi/exchange-export';

export const enExchangeExport: typeof viExchangeExport = {};
