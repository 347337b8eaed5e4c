import type { Handlers } from '../../shared/api/contract';
import type { Db } from '../connection';

/** Placeholder while the area is built: 'reports.period'. */
export function periodReportHandlers(_db: Db, _now: () => Date): Pick<Handlers, 'reports.period'> {
  return {
    'reports.period': () => {
      throw new Error('not built yet');
    },
  };
}
