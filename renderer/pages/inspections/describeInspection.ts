import type { TFunction } from 'i18next';
import { formatViDate, type IsoDate } from '../../../shared/dates/calendar';
import type {
  InspectionSubject,
  InspectionSummary,
  PlanSubject,
  RecommendationCounts,
  RecommendationView,
} from '../../../shared/inspections/views';

/** "01/12/2025 – 15/12/2025", or the start alone while the round has no end date. */
export function datesText(t: TFunction, start: IsoDate, end: IsoDate | null): string {
  if (end === null) return t('inspections.dates.from', { start: formatViDate(start) });
  if (end === start) return formatViDate(start);
  return t('inspections.dates.range', { start: formatViDate(start), end: formatViDate(end) });
}

/** The unit's name, "Đồng chí …" for a member, or the words of a plan item. */
export function subjectText(t: TFunction, subject: InspectionSubject | PlanSubject): string {
  if (subject.type === 'member') return t('inspections.subject.memberValue', { name: subject.fullName });
  return subject.type === 'unit' ? subject.name : subject.text;
}

/** "2 mở, 1 quá hạn" while some are open; "Đã thực hiện cả 3" once all are done; "Không có" without any. */
export function recommendationsText(t: TFunction, counts: RecommendationCounts): string {
  if (counts.total === 0) return t('inspections.list.recommendationsNone');
  if (counts.open === 0) return t('inspections.list.recommendationsAllDone', { total: counts.total });
  return t('inspections.list.recommendationsOpen', { open: counts.open, overdue: counts.overdue });
}

/** "Đã thực hiện ngày …", "Quá hạn từ <deadline>", or "Đang thực hiện". */
export function recommendationStateText(t: TFunction, recommendation: RecommendationView): string {
  if (recommendation.state === 'done' && recommendation.doneOn !== null) {
    return t('inspections.recommendationState.done', { date: formatViDate(recommendation.doneOn) });
  }
  if (recommendation.state === 'overdue') {
    return t('inspections.recommendationState.overdue', { date: formatViDate(recommendation.deadline) });
  }
  return t('inspections.recommendationState.open');
}

const SHORT = 80;

/** The first words of a long text, for a table cell. */
export function shortText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= SHORT ? line : `${line.slice(0, SHORT).trimEnd()}…`;
}

/** "Giám sát ngày 01/12/2025: Đồng chí Trần Văn An": the record's page heading. */
export function inspectionTitle(t: TFunction, inspection: InspectionSummary): string {
  return t('inspections.detail.title', {
    activity: t(`inspections.activity.${inspection.activity}`),
    date: formatViDate(inspection.startDate),
    subject: subjectText(t, inspection.subject),
  });
}
