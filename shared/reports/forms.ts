import type { IndicatorKey } from './indicators';

/**
 * Which indicators each statistical form shows (HD 11-HD/BTCTW 13/12/2021, numbering kept), defined once for the
 * screens, the PDF and the workbook. Form 2-TCTW (admissions) and 4-TCTW (ethnicity, religion) are lists and counts of
 * their own (`CompositionTables`).
 */

/** 1-TCTW: organisations and members on the period's last day. */
export const FORM_1_KEYS = [
  'orgs.units',
  'orgs.cells',
  'members.total',
  'members.official',
  'members.probationary',
  'members.female',
  'members.ethnic_minority',
  'members.religious',
  'members.exempt',
  'members.temporarily_away',
  'members.temporarily_attached',
] as const satisfies readonly IndicatorKey[];

/** 1-TCTW: members by age on the period's last day. */
export const FORM_1_AGE_KEYS = [
  'members.age_18_30',
  'members.age_31_40',
  'members.age_41_50',
  'members.age_51_60',
  'members.age_61_70',
  'members.age_over_70',
] as const satisfies readonly IndicatorKey[];

/** 1-TCTW: the period's changes, from the opening figure. */
export const FORM_1_CHANGE_KEYS = [
  'members.opening',
  'changes.admitted',
  'changes.made_official',
  'changes.transferred_in',
  'changes.transferred_out',
  'changes.died',
  'changes.removed',
  'changes.expelled',
  'changes.withdrew',
] as const satisfies readonly IndicatorKey[];

/** 3-TCTW: the highest political theory and professional qualification held. */
export const FORM_3_KEYS = [
  'members.theory_so_cap',
  'members.theory_trung_cap',
  'members.theory_cao_cap',
  'members.theory_cu_nhan',
  'members.qual_trung_cap',
  'members.qual_cao_dang',
  'members.qual_dai_hoc',
  'members.qual_thac_si',
  'members.qual_tien_si',
] as const satisfies readonly IndicatorKey[];
