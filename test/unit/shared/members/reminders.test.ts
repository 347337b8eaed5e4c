import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../../../shared/rules/dated';
import { BADGE_PRESENTATION_DAYS } from '../../../../shared/rules/badge-presentation';
import {
  PROBATION_REMINDER_DAYS,
  presentationDayFrom,
  remindersFor,
  sortReminders,
} from '../../../../shared/members/reminders';
import { memberStateOn } from '../../../../shared/members/state';
import type { MemberEventData } from '../../../../shared/members/events';
import { e, history } from './history-fixture';

// Source under test: shared/members/reminders.ts, with the rules in shared/rules/probation.ts,
// shared/rules/badges.ts and shared/rules/badge-presentation.ts.

const TODAY = '2026-11-23';

/** The reminders for a member with these events, as the dashboard computes them on `today`. */
const remindersOf = (events: MemberEventData[], today = TODAY) => remindersFor(memberStateOn(history(...events), today), today);

const probationer = (ceremonyDate: string) => [e('admitted', ceremonyDate, { ceremonyDate })];
const official = (admittedOn: string) => [e('admitted', admittedOn), e('made_official', addYear(admittedOn))];
const addYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

describe('the end of probation (Điều lệ Đảng 2011, Điều 5: 12 months from the ceremony)', () => {
  it(`is announced ${PROBATION_REMINDER_DAYS} days ahead: a reminder horizon, not a regulation`, () => {
    expect(PROBATION_REMINDER_DAYS).toBe(60);
    expect(remindersOf(probationer('2026-01-15'))).toEqual([
      { kind: 'probation_ending', date: '2027-01-15', params: { months: 12 } },
    ]);
  });

  it('counts the horizon in days: the 60th day is in, the 61st is not', () => {
    expect(remindersOf(probationer('2026-01-22'))).toMatchObject([{ kind: 'probation_ending', date: '2027-01-22' }]);
    expect(remindersOf(probationer('2026-01-23'))).toEqual([]);
  });

  it('counts from the admission decision when no ceremony is recorded', () => {
    expect(remindersOf([e('admitted', '2025-12-10')])).toMatchObject([{ kind: 'probation_ending', date: '2026-12-10' }]);
  });

  it('on the last day of probation is still "ending", not late', () => {
    expect(remindersOf(probationer('2025-11-23'))).toMatchObject([{ kind: 'probation_ending', date: '2026-11-23' }]);
  });

  it('once passed with the member still probationary, says the cell has a decision to make', () => {
    expect(remindersOf(probationer('2025-10-02'))).toEqual([
      { kind: 'probation_overdue', date: '2026-10-02', params: { months: 12 } },
    ]);
  });

  it('says nothing once the member is official, removed, or gone', () => {
    expect(remindersOf([...probationer('2025-10-02'), e('made_official', '2026-10-20')])).toEqual([]);
    expect(remindersOf([...probationer('2025-10-02'), e('removed', '2026-11-01')])).toEqual([]);
    expect(remindersOf([...probationer('2026-01-15'), e('transferred_out', '2026-06-01', { otherUnit: 'Chi bộ Khu phố 9' })])).toEqual([]);
  });
});

describe('Huy hiệu Đảng (HD 01-HD/TW 28/9/2021, điểm 18)', () => {
  it('is presented on 3/2, 19/5, 2/9 and 7/11', () => {
    expect(ruleOn(BADGE_PRESENTATION_DAYS, TODAY)).toEqual({
      from: '2021-09-28',
      value: [
        { month: 2, day: 3 },
        { month: 5, day: 19 },
        { month: 9, day: 2 },
        { month: 11, day: 7 },
      ],
      source: 'Hướng dẫn 01-HD/TW ngày 28/9/2021, điểm 18',
    });
    expect(BADGE_PRESENTATION_DAYS.rows).toHaveLength(1);
  });

  it('takes the first presentation day on or after a day, into the next year after 7/11', () => {
    expect(presentationDayFrom('2027-03-10')).toBe('2027-05-19');
    expect(presentationDayFrom('2027-05-19')).toBe('2027-05-19');
    expect(presentationDayFrom('2027-05-20')).toBe('2027-09-02');
    expect(presentationDayFrom('2026-11-08')).toBe('2027-02-03');
    expect(presentationDayFrom('2021-01-01')).toBeNull();
  });

  it('is due this calendar year: reminded with the occasion on or after the due day', () => {
    expect(remindersOf(official('1997-03-10'), '2027-01-05')).toEqual([
      { kind: 'badge_due', date: '2027-03-10', params: { years: 30, presentOn: '2027-05-19' } },
    ]);
    expect(remindersOf(official('1996-12-01'))).toEqual([
      { kind: 'badge_due', date: '2026-12-01', params: { years: 30, presentOn: '2027-02-03' } },
    ]);
  });

  it('is not reminded while the due day is in a later year', () => {
    expect(remindersOf(official('1997-03-10'))).toEqual([]);
  });

  it('already due and not recorded: reminded, for the next occasion still to come', () => {
    expect(remindersOf(official('1996-03-01'))).toEqual([
      { kind: 'badge_due', date: '2026-03-01', params: { years: 30, presentOn: '2027-02-03' } },
    ]);
  });

  it('asks for the milestone after the highest awarded, and not for exited members', () => {
    expect(remindersOf([...official('1986-05-01'), e('badge', '2016-05-19', { years: 30 })])).toEqual([
      { kind: 'badge_due', date: '2026-05-01', params: { years: 40, presentOn: '2027-02-03' } },
    ]);
    expect(remindersOf([...official('1986-05-01'), e('badge', '2026-05-19', { years: 40 })])).toEqual([]);
    expect(remindersOf([...official('1996-03-01'), e('died', '2026-02-01')])).toEqual([]);
  });

  it('is reminded for exempt members too: they are still members of the cell', () => {
    expect(remindersOf([...official('1996-12-01'), e('exemption_start', '2024-01-10')])).toMatchObject([
      { kind: 'badge_due', date: '2026-12-01' },
    ]);
  });
});

describe('the order of reminders', () => {
  it('is by day, keeping the given order on the same day', () => {
    const list = [
      { date: '2027-01-15', name: 'b' },
      { date: '2026-10-02', name: 'a' },
      { date: '2027-01-15', name: 'c' },
    ];
    expect(sortReminders(list).map((item) => item.name)).toEqual(['a', 'b', 'c']);
  });
});
