import type { Handlers } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import { candidateProblems } from '../../shared/candidates/checks';
import type { candidateCalls } from '../../shared/candidates/calls';
import type { CandidateDetail } from '../../shared/candidates/views';
import { formatViDate, type IsoDate } from '../../shared/dates/calendar';
import { appendAudit } from '../audit/mutations';
import { unchanged } from '../audit/unchanged';
import { localDate } from '../clock';
import type { Db } from '../connection';
import { createMember } from '../members/create';
import { memberUnit } from '../members/unit';
import { candidateDetail, candidateSnapshot, listCandidates, requireCandidate } from './detail';
import { deleteCandidate, insertCandidate, markAdmitted, updateCandidate } from './mutations';
import { refuseAdmitted, refuseUnfitCandidate } from './refusals';

/**
 * Creates the member the ceremony makes of the candidate, through the register's own path and checks (age at the
 * decision, duplicates, the unit still open…). Its refusals name fields of members.create's input, which the admit
 * call does not have: the message is kept, the field paths dropped.
 */
function createMemberOf(db: Db, candidate: CandidateDetail, ceremonyOn: IsoDate, at: Date): number {
  const { decisionOn, decisionNumber, decisionBody } = candidate;
  if (decisionOn === null) {
    throw new ApiFailure('conflict', 'candidates.errors.no_decision', { name: candidate.fullName });
  }
  const admitted = {
    type: 'admitted' as const,
    date: decisionOn,
    ceremonyDate: ceremonyOn,
    ...(decisionNumber === null ? {} : { decisionNumber }),
    ...(decisionBody === null ? {} : { issuedBy: decisionBody }),
  };
  try {
    return createMember(db, { record: candidate.record, unitCode: candidate.unitCode, events: [admitted] }, at);
  } catch (error) {
    if (error instanceof ApiFailure) throw new ApiFailure(error.type, error.key, error.params);
    throw error;
  }
}

/** The admission pipeline; every write is one transaction, checked with the shared rules and audited. */
export function candidateHandlers(db: Db, now: () => Date): Pick<Handlers, keyof typeof candidateCalls> {
  const audit = (at: Date, entityId: number, action: 'create' | 'update' | 'delete', before: object | null, after: object | null) =>
    appendAudit(db, { entity: 'candidate', entityId, memberId: null, action, before, after }, at);

  return {
    'candidates.list': () => db.transaction(() => listCandidates(db, localDate(now())))(),

    'candidates.get': ({ id }) => db.transaction(() => candidateDetail(db, id, localDate(now())))(),

    'candidates.create': (input) =>
      db.transaction(() => {
        const at = now();
        const today = localDate(at);
        const unit = memberUnit(db, input.unitCode);
        refuseUnfitCandidate(db, input, today);
        const id = insertCandidate(db, input, unit.id, at.toISOString());
        const detail = candidateDetail(db, id, today);
        audit(at, id, 'create', null, candidateSnapshot(detail));
        return detail;
      }).immediate(),

    'candidates.update': ({ id, candidate }) =>
      db.transaction(() => {
        const at = now();
        const today = localDate(at);
        const row = requireCandidate(db, id);
        refuseAdmitted(row);
        // A candidate stays in a unit that has since closed until moved; only a move into a unit needs it open.
        const unit = candidate.unitCode === row.unitCode ? { id: row.unitId } : memberUnit(db, candidate.unitCode);
        refuseUnfitCandidate(db, candidate, today);
        const before = candidateSnapshot(candidateDetail(db, id, today));
        updateCandidate(db, id, candidate, unit.id, at.toISOString());
        const detail = candidateDetail(db, id, today);
        const after = candidateSnapshot(detail);
        if (!unchanged(before, after)) audit(at, id, 'update', before, after);
        return detail;
      }).immediate(),

    'candidates.delete': ({ id }) =>
      db.transaction(() => {
        const at = now();
        const row = requireCandidate(db, id);
        refuseAdmitted(row);
        const before = candidateSnapshot(candidateDetail(db, id, localDate(at)));
        deleteCandidate(db, id);
        audit(at, id, 'delete', before, null);
        return { id };
      }).immediate(),

    'candidates.admit': ({ id, ceremonyOn }) =>
      db.transaction(() => {
        const at = now();
        const today = localDate(at);
        const row = requireCandidate(db, id);
        refuseAdmitted(row);
        const name = row.fullName ?? '';
        if (row.droppedOn !== null) {
          throw new ApiFailure('conflict', 'candidates.errors.dropped', { name, droppedOn: formatViDate(row.droppedOn) });
        }
        const current = candidateDetail(db, id, today);
        const before = candidateSnapshot(current);
        // The stored stages were checked when written; the certificate rule is checked again because rules are data.
        const [problem] = candidateProblems(before, today);
        if (problem) throw new ApiFailure('conflict', problem.message, problem.params);
        const memberId = createMemberOf(db, current, ceremonyOn, at);
        markAdmitted(db, id, ceremonyOn, memberId, at.toISOString());
        const detail = candidateDetail(db, id, today);
        audit(at, id, 'update', before, candidateSnapshot(detail));
        return { candidate: detail, memberId };
      }).immediate(),
  };
}
