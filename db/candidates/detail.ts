import { ApiFailure } from '../../shared/api/errors';
import type { CandidateInput } from '../../shared/candidates/schema';
import { candidateStateOn } from '../../shared/candidates/state';
import type { CandidateDetail, CandidateList, CandidateSummary } from '../../shared/candidates/views';
import type { IsoDate } from '../../shared/dates/calendar';
import { sortByVietnameseName } from '../../shared/text/names';
import type { Db } from '../connection';
import { recordFromRow } from './columns';
import { allCandidates, findCandidate, helpersOf, type CandidateRow } from './queries';

export function requireCandidate(db: Db, id: number): CandidateRow {
  const row = findCandidate(db, id);
  if (!row) throw new ApiFailure('not_found', 'candidates.errors.not_found', { id });
  return row;
}

function summaryOf(row: CandidateRow, today: IsoDate): CandidateSummary {
  return {
    id: row.id,
    fullName: row.fullName ?? '',
    unitCode: row.unitCode,
    unitName: row.unitName,
    memberId: row.memberId,
    droppedOn: row.droppedOn,
    dropReason: row.dropReason,
    state: candidateStateOn({ ...row, birthDate: row.birthDate ?? '' }, today),
  };
}

export function candidateDetail(db: Db, id: number, today: IsoDate): CandidateDetail {
  const row = requireCandidate(db, id);
  return {
    ...summaryOf(row, today),
    record: recordFromRow(row),
    helpers: helpersOf(db, id),
    identifiedOn: row.identifiedOn,
    certificateOn: row.certificateOn,
    certificateNumber: row.certificateNumber,
    applicationOn: row.applicationOn,
    verificationOn: row.verificationOn,
    resolutionOn: row.resolutionOn,
    decisionOn: row.decisionOn,
    decisionNumber: row.decisionNumber,
    decisionBody: row.decisionBody,
    ceremonyOn: row.ceremonyOn,
  };
}

/** Everyone followed, in register order, grouped as the list shows them. */
export function listCandidates(db: Db, today: IsoDate): CandidateList {
  const summaries = sortByVietnameseName(
    allCandidates(db).map((row) => summaryOf(row, today)),
    (candidate) => candidate.fullName,
  );
  return {
    active: summaries.filter((candidate) => candidate.state.status === 'active'),
    admitted: summaries.filter((candidate) => candidate.state.status === 'admitted'),
    dropped: summaries.filter((candidate) => candidate.state.status === 'dropped'),
  };
}

/** The candidate as the audit log records it before and after a change: the input's fields plus the admission. */
export function candidateSnapshot(detail: CandidateDetail): CandidateInput & { ceremonyOn?: IsoDate; memberId?: number } {
  const optional = <K extends string, V>(key: K, value: V | null) => (value === null ? {} : { [key]: value });
  return {
    record: detail.record,
    unitCode: detail.unitCode,
    identifiedOn: detail.identifiedOn,
    helpers: detail.helpers.map((helper) => (helper.memberId === null ? { name: helper.name } : { memberId: helper.memberId })),
    ...optional('certificateOn', detail.certificateOn),
    ...optional('certificateNumber', detail.certificateNumber),
    ...optional('applicationOn', detail.applicationOn),
    ...optional('verificationOn', detail.verificationOn),
    ...optional('resolutionOn', detail.resolutionOn),
    ...optional('decisionOn', detail.decisionOn),
    ...optional('decisionNumber', detail.decisionNumber),
    ...optional('decisionBody', detail.decisionBody),
    ...optional('droppedOn', detail.droppedOn),
    ...optional('dropReason', detail.dropReason),
    ...optional('ceremonyOn', detail.ceremonyOn),
    ...optional('memberId', detail.memberId),
  };
}
