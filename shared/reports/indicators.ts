/**
 * The indicator catalogue (../shared/DESIGN.md): stable keys used by reports, exchange files and JSON output. A key
 * never changes meaning; new keys may be added at the end of their group.
 */

/** As of the period's last day, over the unit's whole subtree. */
export const SNAPSHOT_KEYS = [
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
  'members.age_18_30',
  'members.age_31_40',
  'members.age_41_50',
  'members.age_51_60',
  'members.age_61_70',
  'members.age_over_70',
  'members.theory_so_cap',
  'members.theory_trung_cap',
  'members.theory_cao_cap',
  'members.theory_cu_nhan',
  'members.qual_trung_cap',
  'members.qual_cao_dang',
  'members.qual_dai_hoc',
  'members.qual_thac_si',
  'members.qual_tien_si',
] as const;

/** During the period (from its first day to its last). */
export const PERIOD_KEYS = [
  'members.opening',
  'changes.admitted',
  'changes.made_official',
  'changes.transferred_in',
  'changes.transferred_out',
  'changes.died',
  'changes.removed',
  'changes.expelled',
  'changes.withdrew',
  'meetings.regular',
  'meetings.thematic',
  'meetings.attendance_rate',
  'meetings.upper_level_visits',
  'ktgs.received',
  'ktgs.conducted',
  'ktgs.recommendations_open',
  'ktgs.recommendations_overdue',
  'discipline.khien_trach',
  'discipline.canh_cao',
  'discipline.cach_chuc',
  'discipline.khai_tru',
  'dues.collected_vnd',
  'meetings.attendance_expected',
  'meetings.attendance_present',
] as const;

/** For a year (a report of the year, or the year of the period's end for the rating sheet). */
export const YEAR_KEYS = ['rating.htxs', 'rating.htt', 'rating.ht', 'rating.kht', 'rating.not_rated'] as const;

export const INDICATOR_KEYS = [...SNAPSHOT_KEYS, ...PERIOD_KEYS, ...YEAR_KEYS] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/**
 * Every key with its figure. `null` where the figure does not exist for the period, never 0 in its place: the
 * attendance rate of a period without meetings, ratings outside a year's report. A rate is a share from 0 to 1.
 */
export type Indicators = Record<IndicatorKey, number | null>;

/** The membership balance: opening + in − out = closing (DOMAIN.md "Reports upward"). */
export interface MembershipIdentity {
  opening: number;
  /** admitted + transferred in. */
  added: number;
  /** transferred out + died + removed + expelled + withdrew. */
  lost: number;
  /** opening + added − lost. */
  expectedClosing: number;
  closing: number;
  holds: boolean;
}

export function membershipIdentity(indicators: Indicators): MembershipIdentity {
  const value = (key: IndicatorKey) => indicators[key] ?? 0;
  const opening = value('members.opening');
  const added = value('changes.admitted') + value('changes.transferred_in');
  const lost =
    value('changes.transferred_out') +
    value('changes.died') +
    value('changes.removed') +
    value('changes.expelled') +
    value('changes.withdrew');
  const expectedClosing = opening + added - lost;
  const closing = value('members.total');
  return { opening, added, lost, expectedClosing, closing, holds: expectedClosing === closing };
}

/** The i18n key naming an indicator: `reports.indicator.members__total` for `members.total`. */
export function indicatorLabelKey(key: IndicatorKey): string {
  return `reports.indicator.${key.replace('.', '__')}`;
}
