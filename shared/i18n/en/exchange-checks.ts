import type { viExchangeChecks } from '../vi/exchange-checks';

export const enExchangeChecks: typeof viExchangeChecks = {
  title: 'Cross-unit checks',
};
