import type { TFunction } from 'i18next';
import { dateParts, type IsoDate } from '../../../shared/dates/calendar';
import type { OrgKind } from '../../../shared/org/kinds';
import type { Period } from '../../../shared/reports/period';
import { romanQuarter } from './periodChoice';

/*
 * The printed document's lines, worded from the same `reports.document.*` catalogue as the PDF the register writes,
 * so the page printed from the window and the saved PDF say the same thing.
 */

const periodParams = (period: Period) => ({ year: period.year, quarter: period.quarter === null ? '' : romanQuarter(period.quarter) });

/** "Thống kê đảng viên quý III năm 2026". */
export const periodSubtitle = (t: TFunction, period: Period): string => t(`reports.document.subtitle.${period.kind}`, periodParams(period));

/** A cell (of either kind) is led by its chi bộ; a đảng bộ and an upper committee by their đảng ủy. */
const isCellKind = (kind: OrgKind): boolean => kind === 'chi_bo' || kind === 'chi_bo_co_so';

/** "Số 05-BC/CB"; a blank to write by hand ("Số ……-BC/CB") when no number is typed. */
export function numberLine(t: TFunction, number: string, kind: OrgKind): string {
  const typed = number.trim().replace(/^số\s*:?\s*/i, '');
  if (typed) return t('reports.document.header.number', { number: typed });
  return t('reports.document.header.numberBlank', {
    issuer: t(isCellKind(kind) ? 'reports.document.header.issuerCell' : 'reports.document.header.issuerCommittee'),
  });
}

/**
 * "Hòa Bình, ngày 05 tháng 10 năm 2026": days below 10 and the months January and February with a leading zero, as
 * administrative documents write them; a dotted blank when no place is typed.
 */
export function dateLine(t: TFunction, place: string, date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return t('reports.document.header.dateLine', {
    place: place.trim() || t('reports.document.header.placeBlank'),
    day: String(day).padStart(2, '0'),
    month: month < 3 ? String(month).padStart(2, '0') : String(month),
    year,
  });
}

/** "T/M CHI BỘ" for a cell, "T/M ĐẢNG ỦY" for a đảng bộ or an upper committee. */
export const onBehalfLine = (t: TFunction, kind: OrgKind): string =>
  t(isCellKind(kind) ? 'reports.document.signature.onBehalfCell' : 'reports.document.signature.onBehalfCommittee');

/** Headings of party documents are capitals; Vietnamese letters upper-case correctly with the 'vi' locale. */
export const upper = (text: string): string => text.toLocaleUpperCase('vi');

const ROMAN_PARTS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** "III. Danh sách đảng viên": the document's parts are numbered in Roman numerals. */
export const partTitle = (index: number, title: string): string => `${ROMAN_PARTS[index] ?? String(index + 1)}. ${title}`;
