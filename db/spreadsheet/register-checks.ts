import { ApiFailure } from '../../shared/api/errors';
import type { IsoDate } from '../../shared/dates/calendar';
import { checkEventHistory, sortEvents } from '../../shared/members/state';
import type { MemberEvent } from '../../shared/members/events';
import type { ImportProblem } from '../../shared/members/views';
import type { Db } from '../connection';
import { nextSeq, pendingId, pendingIndex } from '../events/history';
import { findMemberByCardOrCitizenId } from '../members/queries';
import { memberUnit } from '../members/unit';
import { memberCell, type EventDraft, type MemberRowReading } from './member-row';
import { problemAt } from './problems';

/** The unit a row names must be in the register and open; an empty one means the home unit, which must be set up. */
export function unitProblem(db: Db, reading: MemberRowReading): ImportProblem | undefined {
  if (!reading.unit) return undefined;
  try {
    memberUnit(db, reading.unit.code);
    return undefined;
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    return problemAt(memberCell(reading.source, 'unitCode'), error.key, error.params);
  }
}

/** A card number or CCCD someone in the register already holds, naming them, as the member form says it. */
export function registerDuplicateProblems(db: Db, reading: MemberRowReading): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const citizenId = reading.source.cells.citizenId.replace(/\s+/g, '');
  const card = reading.source.cells.partyCardNumber.replace(/\s+/g, '');
  const idHolder = citizenId === '' ? undefined : findMemberByCardOrCitizenId(db, { citizenId });
  if (idHolder) {
    const params = { citizenId, name: idHolder.fullName, unit: idHolder.unitName };
    problems.push(problemAt(memberCell(reading.source, 'citizenId'), 'errors.duplicate_citizen_id', params));
  }
  const cardHolder = card === '' ? undefined : findMemberByCardOrCitizenId(db, { partyCardNumber: card });
  if (cardHolder) {
    const params = { card, name: cardHolder.fullName, unit: cardHolder.unitName };
    problems.push(problemAt(memberCell(reading.source, 'partyCardNumber'), 'errors.duplicate_card', params));
  }
  return problems;
}

/**
 * The member's whole history against the rules, as `createMember` will check it (same order of same-day events),
 * pointing at the date of the first event that does not fit.
 */
export function historyProblem(birthDate: IsoDate, drafts: readonly EventDraft[], today: IsoDate): ImportProblem | undefined {
  const history: MemberEvent[] = [];
  drafts.forEach((draft, index) => history.push({ ...draft.event, id: pendingId(index), seq: nextSeq(history, draft.event.date) }));
  const problem = checkEventHistory(history, { birthDate, today });
  if (!problem) return undefined;
  const offending =
    problem.eventId !== undefined ? history.find((event) => event.id === problem.eventId) : sortEvents(history)[problem.index];
  const draft = drafts[offending ? pendingIndex(offending.id) : 0];
  return draft && problemAt(draft.at, problem.message, problem.params);
}
