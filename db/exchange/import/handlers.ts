import type { Handlers } from '../../../shared/api/contract';
import type { Db } from '../../connection';

/** Placeholder while the area is built. */
export function importHandlers(_db: Db, _now: () => Date, _file: string): Pick<Handlers, never> {
  return {};
}
