import type { TFunction } from 'i18next';
import { ETHNICITIES } from '../../../shared/members/ethnicities';
import { RELIGIONS } from '../../../shared/members/religions';
import type { IndicatorKey } from '../../../shared/reports/indicators';
import type { Period } from '../../../shared/reports/period';
import { formatVnd } from '../../format/money';
import { romanQuarter } from './periodChoice';

/** "Quý III năm 2026", "6 tháng đầu năm 2026", "Năm 2026". */
export function periodLabel(t: TFunction, period: Period): string {
  return t(`reports.ui.period.${period.kind}`, { year: period.year, roman: romanQuarter(period.quarter ?? 0) });
}

/** The period inside a sentence, its first letter in lower case: "Đảng phí từng tháng của quý III năm 2026". */
export function periodInSentence(t: TFunction, period: Period): string {
  const label = periodLabel(t, period);
  return label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
}

/** A share from 0 to 1 as a percentage with one decimal, the reader's way: "85,5 %" in Vietnamese. */
export function percentText(share: number, language: string): string {
  const value = Math.round(share * 1000) / 10;
  return `${value.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 })} %`;
}

/**
 * An indicator's figure as a table shows it: money in đồng, the attendance rate as a percentage, a count as it is, and
 * "—" where the figure does not exist for the period (never 0 in its place).
 */
export function indicatorText(t: TFunction, key: IndicatorKey, value: number | null, language: string): string {
  if (value === null) return t('reports.ui.notApplicable');
  if (key === 'dues.collected_vnd') return formatVnd(value);
  if (key === 'meetings.attendance_rate') return percentText(value, language);
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN');
}

const ethnicityNames = new Map(ETHNICITIES.map((ethnicity) => [ethnicity.code, ethnicity.name]));
const religionNames = new Map(RELIGIONS.map((religion) => [religion.code, religion.name]));

/** The names of the catalogues (proper nouns, the same in every language); an unknown code is shown as it is. */
export const ethnicityName = (code: string): string => ethnicityNames.get(code) ?? code;
export const religionName = (code: string): string => religionNames.get(code) ?? code;
