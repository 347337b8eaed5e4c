import { describe, expect, it } from 'vitest';
import { toIssues } from '../../../../shared/api/dispatch';
import { en } from '../../../../shared/i18n/en';
import { createTranslator } from '../../../../shared/i18n/translator';
import { vi } from '../../../../shared/i18n/vi';
import { NOT_DUE_REASONS, RATING_LEVELS } from '../../../../shared/ratings/levels';
import { ratingFormSchema, ratingSheetSchema } from '../../../../shared/ratings/schema';

// Source under test: shared/ratings/schema.ts and the ratings messages in shared/i18n/{vi,en}/ratings.ts.

describe('the rating sheet form', () => {
  it('turns the choices into what the store saves: a level, "not rated" with its reason, or nothing yet', () => {
    const parsed = ratingFormSchema.parse({
      members: [
        { memberId: 1, choice: 'htxs', reason: 'left over' },
        { memberId: 2, choice: 'not_rated', reason: '  Nghỉ ốm dài ngày ' },
        { memberId: 3, choice: '', reason: '' },
      ],
      unitLevel: 'htt',
    });
    expect(parsed).toEqual({
      members: [
        { memberId: 1, level: 'htxs' },
        { memberId: 2, level: null, notRatedReason: 'Nghỉ ốm dài ngày' },
        { memberId: 3, level: null },
      ],
      unit: { level: 'htt' },
    });
    expect(ratingSheetSchema.parse({ year: 2025, ...parsed })).toEqual({ year: 2025, ...parsed });
    expect(ratingFormSchema.parse({ members: [], unitLevel: '' }).unit).toEqual({ level: null });
  });

  it('asks the reason of a member not rated, in words', () => {
    const result = ratingFormSchema.safeParse({ members: [{ memberId: 2, choice: 'not_rated', reason: ' ' }], unitLevel: '' });
    expect(result.success).toBe(false);
    const [issue] = result.success ? [] : result.error.issues;
    expect(issue).toMatchObject({ path: ['members', 0, 'reason'], message: 'ratings.validation.reason_required' });
    expect(createTranslator('vi').t(issue?.message ?? '')).toBe('Hãy ghi lý do không xếp loại.');
  });

  it('refuses an unknown level and a year out of range', () => {
    expect(ratingSheetSchema.safeParse({ year: 2025, members: [{ memberId: 1, level: 'tot' }], unit: { level: null } }).success).toBe(false);
    const year = ratingSheetSchema.safeParse({ year: 1800, members: [], unit: { level: null } });
    expect(year.success ? [] : toIssues(year.error).map((issue) => issue.path)).toEqual(['year']);
  });
});

describe('ratings messages', () => {
  it('name every level and every reason for not being due, in both languages', () => {
    for (const messages of [vi, en]) {
      for (const level of RATING_LEVELS) expect(messages.ratings.level[level]).toBeTruthy();
      for (const reason of NOT_DUE_REASONS) {
        expect(messages.ratings.notDue[reason]).toBeTruthy();
        expect(messages.ratings.errors.not_due[reason]).toBeTruthy();
      }
    }
  });
});
