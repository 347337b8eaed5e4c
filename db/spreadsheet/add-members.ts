import { ApiFailure } from '../../shared/api/errors';
import type { ImportProblem } from '../../shared/members/views';
import type { Db } from '../connection';
import { createMember } from '../members/create';
import { memberCell, recordColumn, type MemberDraft } from './member-row';
import { issueProblems, problemAt, type CellRef } from './problems';

export interface Addition {
  added: number;
  events: number;
  problems: ImportProblem[];
}

/** The cell a refusal of `createMember` is about, from its issue path (`unitCode`, `record.citizenId`, `events.2.date`). */
function cellOfPath(member: MemberDraft, path: string): CellRef {
  const [head, field] = path.split('.');
  if (head === 'unitCode') return memberCell(member.source, 'unitCode');
  if (head === 'record') return memberCell(member.source, recordColumn(field ?? ''));
  if (head === 'events') {
    const event = member.events[Number(field)];
    if (event) return event.at;
  }
  return memberCell(member.source, 'fullName');
}

/**
 * Adds the members inside the caller's transaction, each in a savepoint of its own, so that one member's refusal
 * undoes only that member and the others are still checked: every refusal is returned as a problem at its cell.
 * The caller commits only when there are none.
 */
export function addMembers(db: Db, members: readonly MemberDraft[], now: Date): Addition {
  const addOne = db.transaction((member: MemberDraft) =>
    createMember(db, { record: member.record, unitCode: member.unitCode, events: member.events.map((draft) => draft.event) }, now),
  );
  const problems: ImportProblem[] = [];
  let added = 0;
  let events = 0;
  for (const member of members) {
    try {
      addOne(member);
      added += 1;
      events += member.events.length;
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      if (error.issues && error.issues.length > 0) {
        problems.push(...issueProblems(error.issues, (path) => cellOfPath(member, path)));
      } else {
        // A refusal that names no field is about the row as a whole (no home unit to put the member in).
        problems.push(problemAt(memberCell(member.source, 'fullName'), error.key, error.params));
      }
    }
  }
  return { added, events, problems };
}
