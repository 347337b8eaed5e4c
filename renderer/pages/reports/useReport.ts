import { useOutletContext } from 'react-router';
import type { PeriodReport } from '../../../shared/reports/views';
import type { ReportAddress } from './useReportAddress';

export interface ReportContext {
  report: PeriodReport;
  address: ReportAddress;
}

/** The report the layout has read, for the part shown under it. */
export const useReport = (): ReportContext => useOutletContext<ReportContext>();
