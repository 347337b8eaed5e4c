import { dateParts, type IsoDate } from '../../../shared/dates/calendar';
import { createTranslator } from '../../../shared/i18n/translator';
import type { OrgKind } from '../../../shared/org/kinds';
import type { Period } from '../../../shared/reports/period';

/** Printed documents are always Vietnamese, whatever the interface language (Settings says so). */
export const t = createTranslator('vi').t;

/** `reports.document.x` */
export const doc = (key: string, params?: Record<string, unknown>): string => t(`reports.document.${key}`, params ?? {});

const ROMAN = ['I', 'II', 'III', 'IV'];

function periodParams(period: Period) {
  return { year: period.year, quarter: period.quarter === null ? '' : ROMAN[period.quarter - 1] };
}

/** "quý III năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "năm 2026". */
export const periodName = (period: Period): string => doc(`periodName.${period.kind}`, periodParams(period));

/** "Thống kê đảng viên quý III năm 2026": the subtitle under "BÁO CÁO". */
export const periodSubtitle = (period: Period): string => doc(`subtitle.${period.kind}`, periodParams(period));

/** A cell (of either kind) is led by its chi bộ; a đảng bộ and an upper committee by their đảng ủy. */
export const isCellKind = (kind: OrgKind): boolean => kind === 'chi_bo' || kind === 'chi_bo_co_so';

/**
 * The day in a document's date line: days below 10 and the months January and February get a leading zero, so no
 * digit can be added in front by hand (Nghị định 30/2020/NĐ-CP, Phụ lục I; the party's HD 36-HD/VPTW ngày 03/4/2018
 * writes its own date the same way, "ngày 03 tháng 4 năm 2018" — verify against the guide's text).
 */
export function documentDay(date: IsoDate): { day: string; month: string; year: string } {
  const { year, month, day } = dateParts(date);
  return {
    day: String(day).padStart(2, '0'),
    month: month < 3 ? String(month).padStart(2, '0') : String(month),
    year: String(year),
  };
}

/** "Hòa Bình, ngày 05 tháng 10 năm 2026"; a dotted blank when no place is typed. */
export function dateLine(place: string, date: IsoDate): string {
  return doc('header.dateLine', { place: place.trim() || doc('header.placeBlank'), ...documentDay(date) });
}

/** "Số 05-BC/CB"; a blank to write by hand ("Số ……-BC/CB") when no number is typed. */
export function numberLine(number: string, kind: OrgKind): string {
  const typed = number.trim().replace(/^số\s*:?\s*/i, '');
  if (typed) return doc('header.number', { number: typed });
  return doc('header.numberBlank', { issuer: doc(isCellKind(kind) ? 'header.issuerCell' : 'header.issuerCommittee') });
}

/** "T/M CHI BỘ" for a cell, "T/M ĐẢNG ỦY" for a đảng bộ or an upper committee. */
export const onBehalfLine = (kind: OrgKind): string =>
  doc(isCellKind(kind) ? 'signature.onBehalfCell' : 'signature.onBehalfCommittee');

/** Vietnamese upper case: the header's names. */
export const upper = (text: string): string => text.toLocaleUpperCase('vi');
