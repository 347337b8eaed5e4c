import { monthsBetween, type IsoDate } from '../dates/calendar';
import type { AgeBand } from './views';

/** Age in whole months, as the Party counts it for admission ("tính theo tháng"). */
export function ageInMonths(birthDate: IsoDate, on: IsoDate): number {
  return monthsBetween(birthDate, on);
}

/** Age in whole years, as shown in lists and counted in the statistical forms. */
export function ageInYears(birthDate: IsoDate, on: IsoDate): number {
  return Math.floor(ageInMonths(birthDate, on) / 12);
}

/** Inclusive bounds in whole years of the age bands of form 1-TCTW; the last band is open. */
const BAND_BOUNDS: readonly { band: AgeBand; min: number; max: number }[] = [
  { band: '18_30', min: 18, max: 30 },
  { band: '31_40', min: 31, max: 40 },
  { band: '41_50', min: 41, max: 50 },
  { band: '51_60', min: 51, max: 60 },
  { band: '61_70', min: 61, max: 70 },
  { band: 'over_70', min: 71, max: Infinity },
];

/** The band an age in whole years falls in; null under 18, where no member can be. */
export function ageBandOf(years: number): AgeBand | null {
  return BAND_BOUNDS.find((bounds) => years >= bounds.min && years <= bounds.max)?.band ?? null;
}
