import type { viExchangeTransfer } from '../vi/exchange-transfer';

export const enExchangeTransfer: typeof viExchangeTransfer = {
  title: 'Party membership transfer by file',
};
