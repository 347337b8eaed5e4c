import type { Handlers } from '../../shared/api/contract';
import type { reportCalls } from '../../shared/reports/calls';
import type { Db } from '../connection';
import { reportDocumentHandlers } from './documents/handlers';
import { periodReportHandlers } from './period-handlers';

/** The period report and its documents (XLSX, PDF). */
export function reportHandlers(db: Db, now: () => Date): Pick<Handlers, keyof typeof reportCalls> {
  return { ...periodReportHandlers(db, now), ...reportDocumentHandlers(db, now) };
}
