import { describe, expect, it } from 'vitest';
import { badgeDueOn, earliestBadgeOn, nextBadge } from '../../../../shared/members/badges';

describe('badge dates (Hướng dẫn 01-HD/TW 28/9/2021, điểm 18)', () => {
  it('falls due when party age, counted by month from the admission decision, reaches the milestone', () => {
    expect(badgeDueOn('1976-03-26', 50)).toBe('2026-03-26');
    expect(badgeDueOn('1996-02-29', 30)).toBe('2026-02-28');
  });

  it('may be awarded 12 months early below 70 years and 24 months early from 70 years on', () => {
    expect(earliestBadgeOn('1976-03-26', 50, '2026-01-01')).toBe('2025-03-26');
    expect(earliestBadgeOn('1956-03-26', 70, '2026-01-01')).toBe('2024-03-26');
  });

  it('the next one is the first milestone above the highest awarded', () => {
    expect(nextBadge('1990-06-15', [], '2026-01-01')).toEqual({ years: 30, dueOn: '2020-06-15' });
    expect(nextBadge('1970-06-15', [30, 40, 45, 50], '2026-01-01')).toEqual({ years: 55, dueOn: '2025-06-15' });
    expect(nextBadge('1970-06-15', [50], '2026-01-01')).toEqual({ years: 55, dueOn: '2025-06-15' });
    expect(nextBadge('1935-06-15', [90], '2026-01-01')).toBeNull();
  });

  it('is not computed for a day before the first badge rule held', () => {
    expect(nextBadge('1970-06-15', [], '2021-09-27')).toBeNull();
  });
});
