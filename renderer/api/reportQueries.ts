import { useMutation, useQuery } from '@tanstack/react-query';
import type { CallInput } from '../../shared/api/contract';
import { useApi } from './ApiProvider';

/** Cache keys of the reports area: every report starts with the call's name. */
export const reportKeys = {
  reports: ['reports.period'],
  report: (period: string, orgCode: string | undefined) => ['reports.period', period, orgCode ?? null] as const,
} as const;

/**
 * A unit's report for a period (the home unit when `orgCode` is absent). A report reads the whole register — members,
 * meetings, inspections, ratings, dues — and no other area tells this one when it writes, so a report is computed
 * afresh each time its page opens (never kept as fresh) instead of trusting the cache.
 */
export function usePeriodReport(period: string, orgCode: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.report(period, orgCode),
    queryFn: () => api.call('reports.period', orgCode ? { period, orgCode } : { period }),
    staleTime: 0,
  });
}

/** The report as an XLSX workbook, to hand over as a download. */
export function useReportXlsx() {
  const api = useApi();
  return useMutation({ mutationFn: (input: CallInput<'reports.xlsx'>) => api.call('reports.xlsx', input) });
}

/** The report as the A4 PDF document, with the number and place typed when printing. */
export function useReportPdf() {
  const api = useApi();
  return useMutation({ mutationFn: (input: CallInput<'reports.pdf'>) => api.call('reports.pdf', input) });
}
