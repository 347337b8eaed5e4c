import type { TFunction } from 'i18next';
import { formatViDate, isIsoDate } from '../../../shared/dates/calendar';
import { ethnicityName, religionName } from '../../../shared/members/lookup';

/** Labels of coded fields, by the record's and events' field names. */
const CODED: Record<string, (t: TFunction, value: string) => string> = {
  gender: (t, value) => t(`member.gender.${value}`),
  ethnicity: (_t, value) => ethnicityName(value),
  religion: (_t, value) => religionName(value),
  qualification: (t, value) => t(`member.qualification.${value}`),
  academicTitle: (t, value) => t(`member.title.${value}`),
  theoryLevel: (t, value) => t(`member.theory.${value}`),
  type: (t, value) => t(`member.event.${value}`),
  form: (t, value) => t(`member.discipline.${value}`),
  years: (t, value) => t('members.events.yearsValue', { years: value }),
};

/**
 * A stored value as a person reads it: coded values by their names, dates as dd/mm/yyyy; '' when absent. Used for
 * the record on the member's page and for the before and after of each change in its history.
 */
export function recordValue(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  const coded = CODED[field];
  if (coded) return coded(t, text);
  return isIsoDate(text) ? formatViDate(text) : text;
}
