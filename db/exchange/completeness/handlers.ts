import type { Handlers } from '../../../shared/api/contract';
import type { completenessCalls } from '../../../shared/exchange/completeness-calls';
import type { Db } from '../../connection';
import { completenessBoard } from './board';
import { setDeadline } from './deadlines';

/** The completeness board and the periods' deadlines. */
export function completenessHandlers(db: Db, now: () => Date): Pick<Handlers, keyof typeof completenessCalls> {
  return {
    'exchange.completeness': ({ period }) => completenessBoard(db, now, period),
    'exchange.setDeadline': ({ period, dueOn }) => db.transaction(() => setDeadline(db, period, dueOn, now()), )(),
  };
}
