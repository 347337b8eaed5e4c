import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../../db/connection';
import { replayEventsOfMembers } from '../../db/events/queries';
import { listMembers } from '../../db/members/list';
import { memberCount } from '../../db/members/queries';
import { addMembers } from '../../db/spreadsheet/add-members';
import { planImport } from '../../db/spreadsheet/plan';
import { readMemberWorkbook } from '../../db/spreadsheet/read-workbook';
import { ageInYears } from '../../shared/members/age';
import { memberListStateOn } from '../../shared/members/state';
import type { FilePayload, MemberRow } from '../../shared/members/views';
import { nameSortKey, sortByVietnameseName } from '../../shared/text/names';
import { BENCH_NOW, BENCH_TODAY } from './histories';
import { timed, timingOf, type Timing } from './measure';

/**
 * Where the time of one operation goes: its steps run one by one, each timed, several times; the median of each.
 * `whole` is the operation itself (for the list, measured in the same loop), so the parts can be checked against it.
 */
export interface Breakdown {
  operation: string;
  whole: Timing;
  parts: { step: string; what: string; timing: Timing }[];
  notes: Record<string, number | string>;
}

/** Runs `round` once untimed (`first` true: the place for checks), then `reps` times; the median of each step. */
export function collect(reps: number, round: (first: boolean) => Record<string, number>): Record<string, Timing> {
  const samples: Record<string, number[]> = {};
  round(true);
  for (let i = 0; i < reps; i += 1) {
    for (const [step, ms] of Object.entries(round(false))) (samples[step] ??= []).push(ms);
  }
  return Object.fromEntries(Object.entries(samples).map(([step, values]) => [step, timingOf(values)]));
}

/**
 * The candidates query of `db/members/list.ts` without filters, and the rows of `replayEventsOfMembers`, copied here
 * to time the SQL alone. If the service changes, the check in `listBreakdown` fails rather than timing something else.
 */
const CANDIDATES_UNFILTERED = `
  SELECT m.id, m.full_name AS fullName, m.gender, m.birth_date AS birthDate, m.party_card_number AS partyCardNumber,
         m.theory_level AS theoryLevel, o.code AS unitCode, o.name AS unitName
    FROM members m JOIN organisations o ON o.id = m.unit_id`;
const EVENT_ROWS = `
  SELECT member_id, id, type, date, seq, details FROM member_events
   WHERE member_id IN (SELECT value FROM json_each(?)) ORDER BY member_id, date, seq`;

type Candidate = Omit<MemberRow, 'age' | 'status' | 'admittedOn' | 'officialOn'>;

/** `members.list` with no filter, step by step, as `listMembers` does it. */
export function listBreakdown(db: Db, reps: number): Breakdown {
  let rowCount = 0;
  let jsonBytes = 0;
  // Results of one step are kept only while later steps need them, as in listMembers, so as not to add GC work.
  const timings = collect(reps, (first) => {
    const [whole, wholeMs] = timed(() => listMembers(db, {}, BENCH_TODAY));
    const [json, jsonMs] = timed(() => JSON.stringify(whole));
    jsonBytes = json.length;
    // Kept for the check only; otherwise the answer is garbage from here on, as it is for the service.
    const expected = first ? whole.rows : undefined;
    const [candidates, candidatesMs] = timed(() => db.prepare<[], Candidate>(CANDIDATES_UNFILTERED).all());
    const ids = candidates.map((member) => member.id);
    const [, eventRowsMs] = timed(() => void db.prepare<[string], unknown>(EVENT_ROWS).raw(true).all(JSON.stringify(ids)));
    const [events, eventsMs] = timed(() => replayEventsOfMembers(db, ids));
    const [, ageMs] = timed(() => {
      for (const member of candidates) ageInYears(member.birthDate, BENCH_TODAY);
    });
    const [rows, replayMs] = timed(() =>
      candidates.map((member): MemberRow => {
        const state = memberListStateOn(events.get(member.id) ?? [], BENCH_TODAY);
        return { ...member, age: ageInYears(member.birthDate, BENCH_TODAY), status: state.status, admittedOn: state.admittedOn, officialOn: state.officialOn };
      }),
    );
    const [, keysMs] = timed(() => {
      for (const row of rows) nameSortKey(row.fullName);
    });
    const [sorted, sortMs] = timed(() => sortByVietnameseName(rows, (row) => row.fullName));
    const [, countMs] = timed(() => memberCount(db));
    if (expected && !isDeepStrictEqual(expected, sorted)) {
      throw new Error('The members.list breakdown no longer does what db/members/list.ts does: update test/bench/breakdown.ts');
    }
    rowCount = sorted.length;
    return {
      whole: wholeMs,
      candidates: candidatesMs,
      eventRows: eventRowsMs,
      events: eventsMs,
      age: ageMs,
      replay: replayMs,
      keys: keysMs,
      sort: sortMs,
      count: countMs,
      json: jsonMs,
    };
  });
  const part = (step: string, what: string) => ({ step, what, timing: timings[step] ?? timingOf([0]) });
  return {
    operation: 'members.list, 10,000 members, no filter',
    whole: timings.whole ?? timingOf([0]),
    parts: [
      part('candidates', 'SQL: members joined to their unit (10,000 rows)'),
      part('events', 'replayEventsOfMembers: their events in one query, the columns the replay needs, rows as arrays, details parsed when not {}'),
      part('replay', 'memberListStateOn for each member (the walk only, events already in order) + age, one row object each'),
      part('sort', 'sortByVietnameseName: names split, distinct tên / tên đệm / họ ranked with Intl.Collator(vi), rows sorted by ranks'),
      part('count', 'memberCount'),
    ],
    notes: {
      'of which: event rows alone (the SQL, rows as arrays, no conversion), ms': round(timings.eventRows?.median),
      'of which: ageInYears for every member (alone), ms': round(timings.age?.median),
      'of which: splitting names into sort keys (alone), ms': round(timings.keys?.median),
      'not in the call: JSON.stringify of the answer (the preview host sends JSON), ms': round(timings.json?.median),
      'answer size as JSON, bytes': jsonBytes,
      rows: rowCount,
    },
  };
}

export const round = (value: number | undefined) => Math.round((value ?? 0) * 10) / 10;

/** Thrown to undo the trial addition, as the preview does. */
class Undo extends Error {}

/** `members.importPreview` step by step, as `previewImport` does it (on the same register, nothing written). */
export async function importPreviewBreakdown(db: Db, file: FilePayload, reps: number, whole: Timing): Promise<Breakdown> {
  const samples: Record<string, number[]> = { decode: [], read: [], plan: [], add: [] };
  for (let i = 0; i <= reps; i += 1) {
    const [bytes, decodeMs] = timed(() => Buffer.from(file.base64, 'base64'));
    const readStart = performance.now();
    const reading = await readMemberWorkbook(bytes);
    const readMs = performance.now() - readStart;
    if (!reading.ok) throw new Error('the import file was not read');
    const [plan, planMs] = timed(() => planImport(db, reading.sheets, BENCH_TODAY));
    if (plan.problems.length > 0) throw new Error(`the import file has problems: ${JSON.stringify(plan.problems.slice(0, 3))}`);
    const [, addMs] = timed(() => {
      try {
        db.transaction(() => {
          addMembers(db, plan.members, BENCH_NOW);
          throw new Undo();
        }).immediate();
      } catch (error) {
        if (!(error instanceof Undo)) throw error;
      }
    });
    if (i === 0) continue;
    samples.decode?.push(decodeMs);
    samples.read?.push(readMs);
    samples.plan?.push(planMs);
    samples.add?.push(addMs);
  }
  const part = (step: string, what: string) => ({ step, what, timing: timingOf(samples[step] ?? [0]) });
  return {
    operation: 'members.importPreview, 1,000 members into the 10,000-member register',
    whole,
    parts: [
      part('decode', 'base64 → bytes'),
      part('read', 'readMemberWorkbook: exceljs unzips and parses the XLSX, cells to text'),
      part('plan', 'planImport: every row checked, units, duplicates against the register, histories against the rules'),
      part('add', 'addMembers in a transaction then undone: createMember for each, savepoint per member'),
    ],
    notes: {},
  };
}
