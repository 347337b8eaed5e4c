import type { viExchangeCompleteness } from '../vi/exchange-completeness';

export const enExchangeCompleteness: typeof viExchangeCompleteness = {
  title: 'Report files received',
};
