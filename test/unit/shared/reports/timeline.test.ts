import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../../../shared/dates/calendar';
import { EVENT_TYPES, type MemberEventData } from '../../../../shared/members/events';
import { checkEventHistory, memberStateOn, type HistoryEvent } from '../../../../shared/members/state';
import { memberTimeline } from '../../../../shared/reports/compute/timeline';

// Source under test: shared/reports/compute/timeline.ts — one replay gives đảng số on any day and every change of it.

/** An event without its date, for each type of the union. */
type Undated = MemberEventData extends infer E ? (E extends MemberEventData ? Omit<E, 'date'> : never) : never;
const at = (date: IsoDate, event: Undated, seq = 1): HistoryEvent => ({ ...event, date, seq }) as HistoryEvent;

/** A tiny deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OTHER = { otherUnit: 'Chi bộ khác' };
const candidates = (date: IsoDate): MemberEventData[] =>
  [
    { type: 'admitted', date },
    { type: 'made_official', date },
    { type: 'transferred_in', date, ...OTHER },
    { type: 'transferred_out', date, ...OTHER },
    { type: 'temporary_in', date, ...OTHER },
    { type: 'temporary_in_end', date },
    { type: 'temporary_out', date, ...OTHER },
    { type: 'temporary_out_return', date },
    { type: 'exemption_start', date },
    { type: 'exemption_end', date },
    { type: 'discipline', date, form: 'khien_trach' },
    { type: 'discipline', date, form: 'khai_tru' },
    { type: 'removed', date },
    { type: 'withdrew', date },
    { type: 'died', date },
    { type: 'badge', date, years: 30 },
    { type: 'reward', date, title: 'Giấy khen' },
  ] as MemberEventData[];

/** A history the register would accept: random events, each kept only if the whole history still fits the rules. */
function acceptedHistory(next: () => number, length: number): HistoryEvent[] {
  const history: HistoryEvent[] = [];
  let date = '1960-01-01';
  for (let tries = 0; history.length < length && tries < 200; tries += 1) {
    date = addDays(date, 1 + Math.floor(next() * 1500));
    if (date > '2026-06-30') break;
    const options = candidates(date);
    const event = options[Math.floor(next() * options.length)] as MemberEventData;
    const tried = [...history, { ...event, seq: 1 } as HistoryEvent];
    if (checkEventHistory(tried, { birthDate: '1940-01-01', today: '2026-12-31' }) === null) history.push(tried.at(-1) as HistoryEvent);
  }
  return history;
}

describe('memberTimeline', () => {
  it('counts đảng số on every day exactly as memberStateOn, and balances opening + in − out = closing for any window', () => {
    const next = random(20261015);
    const seen = new Set<string>();
    // A badge needs 30 years in the party, which random histories seldom reach: one is written out.
    const veteran = [at('1962-05-01', { type: 'admitted' }), at('1963-06-01', { type: 'made_official' }), at('1992-05-01', { type: 'badge', years: 30 })];
    expect(checkEventHistory(veteran, { birthDate: '1940-01-01', today: '2026-12-31' })).toBeNull();
    const histories = [veteran, ...Array.from({ length: 400 }, () => acceptedHistory(next, 4 + Math.floor(next() * 12)))];
    for (const [member, history] of histories.entries()) {
      for (const event of history) seen.add(event.type);
      const days = [...new Set(['1999-12-31', ...history.flatMap((event) => [addDays(event.date, -1), event.date]), '2026-12-31'])].sort();
      const timeline = memberTimeline(history, days);
      days.forEach((day, index) => expect(timeline.countedOn[index], `member ${member} on ${day}`).toBe(memberStateOn(history, day).countedHere));
      // Every change is explained by an event of the catalogue, so each window balances.
      expect(timeline.changes.filter((change) => change.kind === null)).toEqual([]);
      for (let first = 0; first < days.length; first += 1) {
        for (let last = first + 1; last < days.length; last += 1) {
          const from = addDays(days[first] as IsoDate, 1);
          const to = days[last] as IsoDate;
          const moves = timeline.changes.filter((change) => change.date >= from && change.date <= to).reduce((sum, change) => sum + change.delta, 0);
          expect(Number(timeline.countedOn[first]) + moves).toBe(Number(timeline.countedOn[last]));
        }
      }
    }
    // The generated histories used every kind of event.
    expect([...seen].sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('does not count as this register’s changes an admission made elsewhere nor the death of a member only attached here', () => {
    const arrived = memberTimeline(
      [at('2026-07-02', { type: 'admitted' }), at('2026-07-20', { type: 'transferred_in', ...OTHER })],
      ['2026-06-30', '2026-09-30'],
    );
    expect(arrived.changes).toEqual([{ date: '2026-07-20', delta: 1, kind: 'transferred_in' }]);
    const attached = memberTimeline(
      [at('1990-01-01', { type: 'admitted' }), at('2025-01-01', { type: 'temporary_in', ...OTHER }), at('2026-09-05', { type: 'died' })],
      ['2026-06-30', '2026-09-30'],
    );
    expect(attached).toEqual({ countedOn: [false, false], changes: [], recognitions: [], disciplines: [] });
  });

  it('counts an admission and an exit in the same period as one in and one out', () => {
    const timeline = memberTimeline([at('2026-07-05', { type: 'admitted' }), at('2026-09-20', { type: 'removed' })], ['2026-06-30', '2026-09-30']);
    expect(timeline.countedOn).toEqual([false, false]);
    expect(timeline.changes).toEqual([
      { date: '2026-07-05', delta: 1, kind: 'admitted' },
      { date: '2026-09-20', delta: -1, kind: 'removed' },
    ]);
  });

  it('reads khai trừ as an expulsion and notes recognitions and discipline only while counted here', () => {
    const timeline = memberTimeline(
      [
        at('2020-01-01', { type: 'admitted' }),
        at('2021-02-01', { type: 'made_official' }),
        at('2026-08-10', { type: 'discipline', form: 'canh_cao' }),
        at('2026-09-25', { type: 'discipline', form: 'khai_tru' }),
      ],
      ['2026-09-30'],
    );
    expect(timeline.changes.at(-1)).toEqual({ date: '2026-09-25', delta: -1, kind: 'expelled' });
    expect(timeline.recognitions).toEqual(['2021-02-01']);
    expect(timeline.disciplines).toEqual([
      { date: '2026-08-10', form: 'canh_cao' },
      { date: '2026-09-25', form: 'khai_tru' },
    ]);
    const attached = memberTimeline(
      [at('2025-01-01', { type: 'admitted' }), at('2025-03-01', { type: 'temporary_in', ...OTHER }), at('2026-03-01', { type: 'made_official' })],
      [],
    );
    expect(attached.recognitions).toEqual([]);
  });

  it('leaves unexplained a change no event of the catalogue makes: a history the rules would refuse', () => {
    const timeline = memberTimeline(
      [
        at('2010-01-01', { type: 'admitted' }),
        at('2026-09-10', { type: 'transferred_out', ...OTHER }),
        at('2026-09-20', { type: 'temporary_out_return' }),
      ],
      ['2026-06-30', '2026-09-30'],
    );
    expect(timeline.countedOn).toEqual([true, true]);
    expect(timeline.changes.at(-1)).toEqual({ date: '2026-09-20', delta: 1, kind: null });
  });
});
