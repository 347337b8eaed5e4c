import type { Handlers } from '../../../shared/api/contract';
import type { transferCalls } from '../../../shared/exchange/transfer-calls';
import type { Db } from '../../connection';

/** The member transfer file: export at the sending unit, import as a transfer in at the receiving unit. */
export function transferHandlers(_db: Db, _now: () => Date, _appVersion: string): Pick<Handlers, keyof typeof transferCalls> {
  return {};
}
