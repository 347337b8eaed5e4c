import { useSearchParams } from 'react-router';
import { toIsoDate, type IsoDate } from '../../../shared/dates/calendar';
import type { Period } from '../../../shared/reports/period';
import { periodFromAddress } from './periodChoice';

function todayOnThisComputer(): IsoDate {
  const now = new Date();
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

export interface ReportAddress {
  today: IsoDate;
  period: Period;
  /** The unit whose subtree is reported; undefined for the home unit. */
  orgCode: string | undefined;
  setPeriod(code: string): void;
  setOrgCode(code: string | undefined): void;
  /** "?period=2026-Q3&unit=CB01": what every part's link carries, so moving between parts keeps the choice. */
  search: string;
}

/**
 * The report being looked at, kept in the page's address (?period=2026-Q3&unit=CODE) so a link, the back button or a
 * reload opens the same report.
 */
export function useReportAddress(): ReportAddress {
  const [params, setParams] = useSearchParams();
  const today = todayOnThisComputer();
  const period = periodFromAddress(params.get('period'), today);
  const orgCode = params.get('unit') || undefined;
  const write = (nextPeriod: string, nextUnit: string | undefined) =>
    setParams(nextUnit ? { period: nextPeriod, unit: nextUnit } : { period: nextPeriod }, { replace: true });
  const search = `?${new URLSearchParams(orgCode ? { period: period.code, unit: orgCode } : { period: period.code }).toString()}`;
  return {
    today,
    period,
    orgCode,
    setPeriod: (code) => write(code, orgCode),
    setOrgCode: (code) => write(period.code, code),
    search,
  };
}
