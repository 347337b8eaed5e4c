import type { Handlers } from '../../../shared/api/contract';
import type { PeriodReport } from '../../../shared/reports/views';
import type { Db } from '../../connection';
import { periodReportHandlers } from '../period-handlers';
import { reportPdf } from './pdf';
import { reportWorkbook } from './workbook';

/** `BaoCao_CB012_2026-Q3.xlsx`: the unit's code and the period's, as the exchange file names them. */
export const reportFileName = (report: Pick<PeriodReport, 'org' | 'period'>, extension: 'xlsx' | 'pdf'): string =>
  `BaoCao_${report.org.code}_${report.period.code}.${extension}`;

/**
 * The period report's documents. The report comes from 'reports.period' itself, so a document has exactly the
 * figures the screen shows and is refused for the same reasons (an unknown unit, no home unit).
 */
export function reportDocumentHandlers(db: Db, now: () => Date): Pick<Handlers, 'reports.xlsx' | 'reports.pdf'> {
  const periodReport = periodReportHandlers(db, now)['reports.period'];
  return {
    'reports.xlsx': async (query) => {
      const report = await periodReport(query);
      return { fileName: reportFileName(report, 'xlsx'), base64: (await reportWorkbook(report)).toString('base64') };
    },
    'reports.pdf': async ({ number, place, ...query }) => {
      const report = await periodReport(query);
      return { fileName: reportFileName(report, 'pdf'), base64: (await reportPdf(report, { number, place })).toString('base64') };
    },
  };
}
