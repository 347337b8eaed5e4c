import type { IsoDate } from '../../shared/dates/calendar';
import type { ImportProblem } from '../../shared/members/views';
import type { Db } from '../connection';
import { findMemberByCardOrCitizenId } from '../members/queries';
import { cardLinkKey, citizenIdLinkKey, eventCell, readEventRow, type HistoryRow } from './event-row';
import { memberCell, readMemberRow, type MemberDraft } from './member-row';
import { problemAt } from './problems';
import type { MemberSheets } from './read-workbook';
import { historyProblem, registerDuplicateProblems, unitProblem } from './register-checks';

/** What the file would add: the members without any problem, and every problem found. */
export interface ImportPlan {
  members: MemberDraft[];
  problems: ImportProblem[];
}

type Identity = 'partyCardNumber' | 'citizenId';
const IDENTITIES = [
  ['partyCardNumber', cardLinkKey],
  ['citizenId', citizenIdLinkKey],
] as const satisfies readonly (readonly [Identity, (text: string) => string | undefined])[];

/**
 * Every check of the file, each made wherever it can be, so that all problems are listed at once: each row on its
 * own; its unit, and the register's cards and CCCDs; a card number or CCCD given twice in the file; each
 * "Biến động" row tied to a member of the "Đảng viên" sheet; each member's whole history against the rules.
 *
 * History rows may only name members of the same file: events of a member already in the register are recorded on
 * that member's page, where they are checked against the history already kept.
 */
export function planImport(db: Db, sheets: MemberSheets, today: IsoDate): ImportPlan {
  const readings = sheets.members.map(readMemberRow);
  const problemsOf = readings.map((reading) => [
    ...reading.problems,
    ...[unitProblem(db, reading)].filter((problem) => problem !== undefined),
    ...registerDuplicateProblems(db, reading),
  ]);

  // The first row holding a card number or CCCD owns it; later rows with the same one are duplicates.
  const owners = { partyCardNumber: new Map<string, number>(), citizenId: new Map<string, number>() };
  readings.forEach(({ source }, index) => {
    for (const [identity, keyOf] of IDENTITIES) {
      const key = keyOf(source.cells[identity]);
      if (key === undefined) continue;
      const owner = owners[identity].get(key);
      if (owner === undefined) owners[identity].set(key, index);
      else {
        const firstRow = readings[owner]?.source.row ?? 0;
        problemsOf[index]?.push(problemAt(memberCell(source, identity), 'import.problem.duplicate_in_file', { firstRow }));
      }
    }
  });

  const historyProblems: ImportProblem[] = [];
  const attached = readings.map(() => ({ rows: [] as HistoryRow[], sound: true }));
  for (const row of sheets.events) {
    const entry = readEventRow(row);
    historyProblems.push(...entry.problems);
    const byCard = entry.card === undefined ? undefined : owners.partyCardNumber.get(entry.card);
    const byCitizenId = entry.citizenId === undefined ? undefined : owners.citizenId.get(entry.citizenId);
    const linkProblems: ImportProblem[] = [];
    for (const [identity, key, owner] of [
      ['partyCardNumber', entry.card, byCard],
      ['citizenId', entry.citizenId, byCitizenId],
    ] as const) {
      if (key === undefined || owner !== undefined) continue;
      const query = identity === 'partyCardNumber' ? { partyCardNumber: key } : { citizenId: key };
      const reason = findMemberByCardOrCitizenId(db, query) ? 'import.problem.member_in_register' : 'import.problem.member_unknown';
      linkProblems.push(problemAt(eventCell(row, identity), reason));
    }
    if (byCard !== undefined && byCitizenId !== undefined && byCard !== byCitizenId) {
      const cardRow = readings[byCard]?.source.row ?? 0;
      const citizenIdRow = readings[byCitizenId]?.source.row ?? 0;
      linkProblems.push(problemAt(eventCell(row, 'partyCardNumber'), 'import.problem.member_mismatch', { cardRow, citizenIdRow }));
    }
    historyProblems.push(...linkProblems);
    const member = attached[byCard ?? byCitizenId ?? -1];
    if (!member) continue;
    member.rows.push(entry);
    // A member with a history row in doubt is neither added nor checked against the rules on half a history.
    if (!entry.draft || linkProblems.length > 0) member.sound = false;
  }

  const members: MemberDraft[] = [];
  readings.forEach((reading, index) => {
    const own = problemsOf[index] ?? [];
    const history = attached[index];
    if (!history) return;
    const events = [...(reading.history?.events ?? []), ...history.rows.flatMap((entry) => entry.draft ?? [])];
    if (reading.history && history.sound) {
      const unfit = historyProblem(reading.history.birthDate, events, today);
      if (unfit) own.push(unfit);
    }
    if (reading.draft && own.length === 0 && history.sound) members.push({ ...reading.draft, events });
  });
  return { members, problems: [...problemsOf.flat(), ...historyProblems] };
}
