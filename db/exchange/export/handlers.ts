import type { Handlers } from '../../../shared/api/contract';
import type { Db } from '../../connection';

/** Placeholder while the area is built. */
export function exportHandlers(_db: Db, _now: () => Date): Pick<Handlers, never> {
  return {};
}
