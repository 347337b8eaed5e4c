/**
 * The vocabulary of inspection and supervision (kiểm tra, giám sát — KTGS) as Quy định 296-QĐ/TW ngày 30/5/2025 and
 * Hướng dẫn 08-HD/TW ngày 10/6/2025 use it. Codes are stored; words come from i18n.
 */

/** A visit the unit receives from an upper body, or one it conducts itself on its members or subordinate units. */
export const DIRECTIONS = ['received', 'conducted'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ACTIVITIES = ['kiem_tra', 'giam_sat'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Thường xuyên, chuyên đề, khi có dấu hiệu vi phạm, giải quyết khiếu nại / tố cáo. */
export const INSPECTION_KINDS = ['thuong_xuyen', 'chuyen_de', 'dau_hieu_vi_pham', 'khieu_nai_to_cao'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** Whether a record carries out an item of an annual KTGS plan or was decided on its own (đột xuất). */
export const BASES = ['plan', 'ad_hoc'] as const;
export type Basis = (typeof BASES)[number];

/** When a plan item is due: the whole year, a quarter, or a month. */
export const PLANNED_PERIODS = [
  'year',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'M01',
  'M02',
  'M03',
  'M04',
  'M05',
  'M06',
  'M07',
  'M08',
  'M09',
  'M10',
  'M11',
  'M12',
] as const;
export type PlannedPeriod = (typeof PLANNED_PERIODS)[number];

/** What a record is about: a unit of the register (the home unit included) or a member. */
export const SUBJECT_TYPES = ['unit', 'member'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** A plan item may also name its subject in words (e.g. "Các đảng viên là cán bộ quản lý"). */
export const PLAN_SUBJECT_TYPES = ['unit', 'member', 'text'] as const;
export type PlanSubjectType = (typeof PLAN_SUBJECT_TYPES)[number];
