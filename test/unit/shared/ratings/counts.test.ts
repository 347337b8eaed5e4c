import { describe, expect, it } from 'vitest';
import { ratingCounts, ratingIndicators, ratingQuota } from '../../../../shared/ratings/counts';
import type { RatingLevel } from '../../../../shared/ratings/levels';

// Source under test: shared/ratings/counts.ts over shared/rules/ratings.ts.

const rows = (levels: (RatingLevel | null)[], countedHere = true) => levels.map((level) => ({ level, countedHere }));

describe('rating counts', () => {
  it('counts the members counted here by level, the rest of them as not rated, and leaves out those gone or attached', () => {
    const counts = ratingCounts([
      ...rows(['htxs', 'htt', 'htt', 'ht', 'kht', null, null]),
      ...rows(['htt', null], false),
    ]);
    expect(counts).toEqual({ htxs: 1, htt: 2, ht: 1, kht: 1, notRated: 2 });
    expect(ratingIndicators(counts)).toEqual({
      'rating.htxs': 1,
      'rating.htt': 2,
      'rating.ht': 1,
      'rating.kht': 1,
      'rating.not_rated': 2,
    });
  });
});

describe('the "hoàn thành xuất sắc" quota', () => {
  const counts = (htxs: number, htt: number) => ({ htxs, htt, ht: 0, kht: 0, notRated: 0 });

  it('allows 20% of those rated "tốt", rounded down, under QĐ 124 from 4/10/2023', () => {
    expect(ratingQuota(counts(2, 10), '2024-12-31')).toEqual({
      ruleCitation: expect.stringContaining('Quy định 124-QĐ/TW ngày 04/10/2023') as unknown,
      maxPercentOfGood: 20,
      allowed: 2,
      actual: 2,
      exceeded: false,
    });
    expect(ratingQuota(counts(3, 10), '2024-12-31')).toMatchObject({ allowed: 2, actual: 3, exceeded: true });
    expect(ratingQuota(counts(2, 7), '2024-12-31')).toMatchObject({ allowed: 1, exceeded: true });
    expect(ratingQuota(counts(1, 4), '2024-12-31')).toMatchObject({ allowed: 0, exceeded: true });
    expect(ratingQuota(counts(0, 0), '2024-12-31')).toMatchObject({ allowed: 0, exceeded: false });
  });

  it('cites the rule of the rating day: HD 21 in 2019, QĐ 366 in 2025, none before any known rule', () => {
    expect(ratingQuota(counts(0, 5), '2020-12-31')?.ruleCitation).toContain('Hướng dẫn 21-HD/BTCTW');
    expect(ratingQuota(counts(0, 5), '2025-12-31')?.ruleCitation).toContain('Quy định 366-QĐ/TW');
    expect(ratingQuota(counts(3, 5), '2018-12-31')).toBeNull();
  });
});
