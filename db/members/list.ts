import type { z } from 'zod';
import type { IsoDate } from '../../shared/dates/calendar';
import { ageBandOf, ageInYears } from '../../shared/members/age';
import type { Gender, TheoryLevel } from '../../shared/members/levels';
import { memberListStateOn } from '../../shared/members/state';
import type { MemberList, MemberRow, memberListQuerySchema } from '../../shared/members/views';
import { foldVietnamese } from '../../shared/text/fold';
import { sortByVietnameseName } from '../../shared/text/names';
import type { Db } from '../connection';
import { replayEventsOfMembers } from '../events/queries';
import { requireUnit } from '../organisations/lookup';
import { memberCount } from './queries';

export type MemberListFilter = z.output<typeof memberListQuerySchema>;

interface ListRow {
  id: number;
  fullName: string;
  gender: Gender;
  birthDate: IsoDate;
  partyCardNumber: string | null;
  theoryLevel: TheoryLevel | null;
  unitCode: string;
  unitName: string;
}

/**
 * The filters that need no events are applied by SQLite: the unit and its descendants, gender, theory level, and
 * the search, where every folded word must appear in the member's folded search text (`instr`, so `%` and `_`
 * typed by the user are plain characters).
 */
const CANDIDATES = `
  WITH RECURSIVE scope (id) AS (
    SELECT id FROM organisations WHERE code = @unitCode
    UNION
    SELECT o.id FROM organisations o JOIN scope s ON o.parent_id = s.id
  )
  SELECT m.id, m.full_name AS fullName, m.gender, m.birth_date AS birthDate, m.party_card_number AS partyCardNumber,
         m.theory_level AS theoryLevel, o.code AS unitCode, o.name AS unitName
    FROM members m JOIN organisations o ON o.id = m.unit_id
   WHERE (@unitCode IS NULL OR m.unit_id IN (SELECT id FROM scope))
     AND (@gender IS NULL OR m.gender = @gender)
     AND (@theoryLevel IS NULL OR m.theory_level = @theoryLevel OR (@theoryLevel = 'none' AND m.theory_level IS NULL))
     AND NOT EXISTS (SELECT 1 FROM json_each(@words) w WHERE instr(m.search_text, w.value) = 0)`;

const searchWords = (search: string | undefined) => (search ? foldVietnamese(search).split(' ').filter(Boolean) : []);

/**
 * The members list as of a day (`query.asOf`, else `today`): each member's status computed from their events on
 * that day, filtered, in Vietnamese register order. `total` counts the whole register, before filtering.
 */
export function listMembers(db: Db, query: MemberListFilter, today: IsoDate): MemberList {
  const asOf = query.asOf ?? today;
  return db.transaction(() => {
    if (query.unitCode !== undefined) requireUnit(db, query.unitCode, 'unitCode');
    const candidates = db.prepare<Record<string, string | null>, ListRow>(CANDIDATES).all({
      unitCode: query.unitCode ?? null,
      gender: query.gender ?? null,
      theoryLevel: query.theoryLevel ?? null,
      words: JSON.stringify(searchWords(query.search)),
    });
    const events = replayEventsOfMembers(db, candidates.map((member) => member.id));
    const statuses = query.statuses && query.statuses.length > 0 ? new Set(query.statuses) : null;

    const rows: MemberRow[] = [];
    for (const member of candidates) {
      const age = ageInYears(member.birthDate, asOf);
      if (query.ageBand && ageBandOf(age) !== query.ageBand) continue;
      const state = memberListStateOn(events.get(member.id) ?? [], asOf);
      if (statuses && !statuses.has(state.status)) continue;
      rows.push({
        ...member,
        age,
        status: state.status,
        admittedOn: state.admittedOn,
        officialOn: state.officialOn,
      });
    }
    return { asOf, rows: sortByVietnameseName(rows, (row) => row.fullName), total: memberCount(db) };
  })();
}
