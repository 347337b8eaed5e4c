import type { Handlers } from '../../../shared/api/contract';
import type { exportCalls } from '../../../shared/exchange/export-calls';
import type { Db } from '../../connection';
import { exportExchangeFile } from './export-file';
import { listExports } from './records';

/** Exporting the period's exchange file; `appVersion` (the host's) goes into every manifest. */
export function exportHandlers(db: Db, now: () => Date, appVersion: string): Pick<Handlers, keyof typeof exportCalls> {
  return {
    'exchange.export': ({ period, encryptTo }) => exportExchangeFile(db, now, { period, encryptTo, appVersion }),
    'exchange.exports': () => db.transaction(() => listExports(db))(),
  };
}
