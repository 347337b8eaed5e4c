import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../../db/connection';
import { listMembers } from '../../db/members/list';
import { memberCount } from '../../db/members/queries';
import { ageInYears } from '../../shared/members/age';
import type { HistoryEvent } from '../../shared/members/history';
import { applyEvent, startWalk, type Walk } from '../../shared/members/replay';
import type { MemberStatus } from '../../shared/members/state-types';
import type { MemberRow } from '../../shared/members/views';
import { BENCH_TODAY } from './histories';
import { timed, timingOf, type Timing } from './measure';

/**
 * NOT the app's code: a prototype of the fixes suggested in docs/performance.md for `members.list`, measured beside
 * the real call so the suggestion rests on a figure. It must give exactly the same rows as `listMembers` (checked on
 * every run), otherwise it proves nothing.
 *
 * 1. Events read as arrays of the columns the replay needs, `details` parsed only when it holds something.
 * 2. The replay stops at the walk: status, admission and recognition are all a list shows.
 * 3. Register order by ranks: the few hundred distinct tên / tên đệm / họ are sorted once with the collator, then
 *    10,000 rows are sorted by integer ranks, the collator only breaking ties of the whole name; names are split
 *    with a plain split, since they are stored normalised.
 */

// The same collators as shared/text/names.ts.
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const tieBreaker = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

function ranks(values: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(values)].sort(collator.compare);
  const rank = new Map<string, number>();
  let current = 0;
  distinct.forEach((value, index) => {
    const previous = distinct[index - 1];
    if (previous !== undefined && collator.compare(previous, value) !== 0) current += 1;
    rank.set(value, current);
  });
  return rank;
}

/** Names are stored normalised (memberRecordSchema normalises every name written), so a plain split is enough. */
function splitStored(fullName: string): { ho: string; tenDem: string; ten: string } {
  const words = fullName.split(' ');
  if (words.length === 1) return { ho: '', tenDem: '', ten: fullName };
  return { ho: words[0] ?? '', tenDem: words.slice(1, -1).join(' '), ten: words[words.length - 1] ?? '' };
}

function sortByRanks<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ item, full: nameOf(item), parts: splitStored(nameOf(item)), r0: 0, r1: 0, r2: 0 }));
  const ten = ranks(keyed.map((entry) => entry.parts.ten));
  const tenDem = ranks(keyed.map((entry) => entry.parts.tenDem));
  const ho = ranks(keyed.map((entry) => entry.parts.ho));
  for (const entry of keyed) {
    entry.r0 = ten.get(entry.parts.ten) ?? 0;
    entry.r1 = tenDem.get(entry.parts.tenDem) ?? 0;
    entry.r2 = ho.get(entry.parts.ho) ?? 0;
  }
  return keyed
    .sort((a, b) => a.r0 - b.r0 || a.r1 - b.r1 || a.r2 - b.r2 || tieBreaker.compare(a.full, b.full))
    .map(({ item }) => item);
}

/**
 * The list needs only status, admission and recognition: the walk alone, without the probation end, party age and
 * next badge that `memberStateOn` also computes, and without sorting events that SQL returned in order. `statusOf`
 * is copied from shared/members/state.ts (where it is private).
 */
function statusOf(walk: Walk): MemberStatus {
  if (walk.exit) return walk.exit.kind;
  if (walk.standing === 'none' || walk.presence === 'none') return 'not_admitted';
  if (walk.presence === 'left') return 'transferred_out';
  if (walk.presence === 'attached') return 'temporarily_attached';
  if (walk.presence === 'away') return 'temporarily_away';
  if (walk.exemptSince !== null) return 'exempt';
  return walk.standing;
}

function listStateOn(ordered: readonly HistoryEvent[], asOf: string) {
  const walk = startWalk(ordered);
  for (const event of ordered) {
    if (event.date > asOf) break;
    applyEvent(walk, event);
  }
  return { status: statusOf(walk), admittedOn: walk.admittedOn, officialOn: walk.officialOn };
}

const CANDIDATES = `
  SELECT m.id, m.full_name AS fullName, m.gender, m.birth_date AS birthDate, m.party_card_number AS partyCardNumber,
         m.theory_level AS theoryLevel, o.code AS unitCode, o.name AS unitName
    FROM members m JOIN organisations o ON o.id = m.unit_id`;
const LEAN_EVENTS = `
  SELECT member_id, id, type, date, seq, details FROM member_events
   WHERE member_id IN (SELECT value FROM json_each(?)) ORDER BY member_id, date, seq`;

type Candidate = Omit<MemberRow, 'age' | 'status' | 'admittedOn' | 'officialOn'>;
type LeanRow = [number, number, HistoryEvent['type'], string, number, string];

function leanEvents(db: Db, ids: readonly number[]): Map<number, HistoryEvent[]> {
  const byMember = new Map<number, HistoryEvent[]>();
  const rows = db.prepare<[string], LeanRow>(LEAN_EVENTS).raw(true).all(JSON.stringify(ids)) as unknown as LeanRow[];
  for (const [memberId, id, type, date, seq, details] of rows) {
    const event = (details === '{}' ? { id, seq, type, date } : { id, seq, type, date, ...(JSON.parse(details) as object) }) as HistoryEvent;
    const list = byMember.get(memberId);
    if (list) list.push(event);
    else byMember.set(memberId, [event]);
  }
  return byMember;
}

export interface WhatIf {
  what: string;
  timing: Timing;
  parts: Record<string, number>;
}

/** The unfiltered list of the register, built the prototype's way, timed beside the real call. */
export function leanListWhatIf(db: Db, reps: number): WhatIf {
  const samples: Record<string, number[]> = { total: [], events: [], replay: [], sort: [] };
  for (let i = 0; i <= reps; i += 1) {
    const [rows, total] = timed(() => {
      const candidates = db.prepare<[], Candidate>(CANDIDATES).all();
      const [events, eventsMs] = timed(() => leanEvents(db, candidates.map((member) => member.id)));
      const [replayed, replayMs] = timed(() =>
        candidates.map((member): MemberRow => {
          const state = listStateOn(events.get(member.id) ?? [], BENCH_TODAY);
          return { ...member, age: ageInYears(member.birthDate, BENCH_TODAY), ...state };
        }),
      );
      const [sorted, sortMs] = timed(() => sortByRanks(replayed, (row) => row.fullName));
      memberCount(db);
      samples.events?.push(eventsMs);
      samples.replay?.push(replayMs);
      samples.sort?.push(sortMs);
      return sorted;
    });
    samples.total?.push(total);
    if (i === 0) {
      if (!isDeepStrictEqual(rows, listMembers(db, {}, BENCH_TODAY).rows)) throw new Error('the what-if list differs from listMembers');
      // The first round is the warm-up.
      for (const values of Object.values(samples)) values.length = 0;
    }
  }
  const medianOf = (step: string) => timingOf(samples[step] ?? [0]).median;
  return {
    what: 'members.list, 10,000, no filter: lean event rows, walk-only replay, sort by ranks (same rows, checked)',
    timing: timingOf(samples.total ?? [0]),
    parts: { 'events (lean)': medianOf('events'), 'replay (walk only)': medianOf('replay'), 'sort (by ranks)': medianOf('sort') },
  };
}
