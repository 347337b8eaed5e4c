import type { Handlers } from '../../shared/api/contract';
import type { Db } from '../connection';
import { localDate } from '../clock';
import { buildPeriodReport } from './period-report';

/** The period report: every indicator of the period as of its last day, in one read transaction. */
export function periodReportHandlers(db: Db, now: () => Date): Pick<Handlers, 'reports.period'> {
  return {
    'reports.period': ({ period, orgCode }) => buildPeriodReport(db, period, orgCode, localDate(now())),
  };
}
