import type { TFunction } from 'i18next';
import type { MeetingFigures } from '../../../shared/meetings/figures';

/** A share as a percentage with at most one decimal, written the Vietnamese way (85,7). */
export function percentText(share: number, language: string): string {
  const value = Math.round(share * 1000) / 10;
  return value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
}

/** "x/y có mặt (z%)", or that nobody was expected. */
export function attendanceText(t: TFunction, figures: MeetingFigures, language: string): string {
  if (figures.rate === null) return t('meetings.attendanceNobody');
  return t('meetings.attendanceValue', {
    present: figures.present,
    expected: figures.expected,
    rate: percentText(figures.rate, language),
  });
}

export function qualityText(t: TFunction, figures: MeetingFigures): string {
  return figures.quality.passed ? t('meetings.quality.passed') : t('meetings.quality.failed');
}
