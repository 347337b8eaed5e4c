import type { Handlers } from '../../../shared/api/contract';
import type { completenessCalls } from '../../../shared/exchange/completeness-calls';
import type { Db } from '../../connection';

/** The completeness board and the periods' deadlines. */
export function completenessHandlers(_db: Db, _now: () => Date): Pick<Handlers, keyof typeof completenessCalls> {
  const later = () => {
    throw new Error('the completeness board is being built');
  };
  return { 'exchange.completeness': later, 'exchange.setDeadline': later };
}
