import { describe, expect, it } from 'vitest';
import { recommendationReminderKind, RECOMMENDATION_REMINDER_DAYS } from '../../../../shared/inspections/reminders';
import {
  countRecommendations,
  plannedPeriodEnd,
  planItemState,
  recommendationState,
} from '../../../../shared/inspections/status';

// Source under test: shared/inspections/status.ts and reminders.ts.

describe('a recommendation’s state', () => {
  it('is overdue once its deadline is before today, in time on the deadline itself, done once done', () => {
    expect(recommendationState({ deadline: '2026-03-31', doneOn: null }, '2026-04-01')).toBe('overdue');
    expect(recommendationState({ deadline: '2026-03-31', doneOn: null }, '2026-03-31')).toBe('open');
    expect(recommendationState({ deadline: '2026-03-31', doneOn: '2026-04-10' }, '2026-05-01')).toBe('done');
  });

  it('is counted as open (overdue ones included) and overdue', () => {
    const counts = countRecommendations(
      [
        { deadline: '2026-01-31', doneOn: null },
        { deadline: '2026-06-30', doneOn: null },
        { deadline: '2026-01-15', doneOn: '2026-01-10' },
      ],
      '2026-02-01',
    );
    expect(counts).toEqual({ total: 3, open: 2, overdue: 1 });
  });

  it('is a reminder when overdue or due within the horizon, and not further ahead', () => {
    expect(RECOMMENDATION_REMINDER_DAYS).toBe(14);
    expect(recommendationReminderKind('2026-01-04', '2026-01-05')).toBe('recommendation_overdue');
    expect(recommendationReminderKind('2026-01-05', '2026-01-05')).toBe('recommendation_due');
    expect(recommendationReminderKind('2026-01-19', '2026-01-05')).toBe('recommendation_due');
    expect(recommendationReminderKind('2026-01-20', '2026-01-05')).toBeNull();
  });
});

describe('a plan item', () => {
  it('is due at the end of its year, quarter or month', () => {
    expect(plannedPeriodEnd(2026, 'year')).toBe('2026-12-31');
    expect(plannedPeriodEnd(2026, 'Q1')).toBe('2026-03-31');
    expect(plannedPeriodEnd(2026, 'Q2')).toBe('2026-06-30');
    expect(plannedPeriodEnd(2028, 'M02')).toBe('2028-02-29');
  });

  it('is missed once its period is over without a record, pending before, fulfilled with one', () => {
    expect(planItemState({ year: 2026, period: 'Q1' }, false, '2026-04-01')).toBe('missed');
    expect(planItemState({ year: 2026, period: 'Q1' }, false, '2026-03-31')).toBe('pending');
    expect(planItemState({ year: 2026, period: 'Q1' }, true, '2026-04-01')).toBe('fulfilled');
  });
});
