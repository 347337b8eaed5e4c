import { ApiFailure, type MessageParams } from '../../shared/api/errors';
import { formatViDate, type IsoDate } from '../../shared/dates/calendar';
import type { InspectionInput, PlanItemInput } from '../../shared/inspections/schema';
import type { Db } from '../connection';
import { findEvent } from '../events/queries';
import { requireUnit } from '../organisations/lookup';
import type { ResolvedLinks } from './mutations';
import { findPlanItem, findRecommendation, type RecommendationRow } from './queries';

/** A refusal that points at the field of the input it is about, so the form shows it there too. */
function refuse(type: 'not_found' | 'conflict', path: string, message: string, params: MessageParams): never {
  throw new ApiFailure(type, message, params, [{ path, message, params }]);
}

function memberName(db: Db, id: number): string | undefined {
  return db.prepare<[number], { fullName: string }>('SELECT full_name AS fullName FROM members WHERE id = ?').get(id)?.fullName;
}

/** The row ids of the subject named by code or member id; refused when the register has no such unit or member. */
export function resolveSubject(db: Db, subject: Pick<PlanItemInput, 'unitCode' | 'memberId'>): ResolvedLinks {
  if (subject.unitCode !== undefined) return { unitId: requireUnit(db, subject.unitCode, 'unitCode').id, memberId: null };
  if (subject.memberId !== undefined) {
    if (memberName(db, subject.memberId) === undefined) {
      refuse('not_found', 'memberId', 'errors.member_not_found', { id: subject.memberId });
    }
    return { unitId: null, memberId: subject.memberId };
  }
  return { unitId: null, memberId: null };
}

/**
 * Checks what a record points at beyond its subject: the plan item it carries out exists; the resulting discipline is
 * a discipline event of the subject member (not another member's, not another kind of event); each recommendation
 * with an id is one of this record's (`inspectionId`, null for a new record); and no recommendation is done after today.
 */
export function refuseUnfitLinks(db: Db, record: InspectionInput, inspectionId: number | null, today: IsoDate): void {
  if (record.planItemId !== undefined && !findPlanItem(db, record.planItemId)) {
    refuse('not_found', 'planItemId', 'inspections.errors.plan_item_not_found', { id: record.planItemId });
  }
  if (record.disciplineEventId !== undefined && record.memberId !== undefined) {
    const found = findEvent(db, record.disciplineEventId);
    const name = memberName(db, record.memberId) ?? '';
    if (!found || found.memberId !== record.memberId || found.event.type !== 'discipline') {
      refuse('conflict', 'disciplineEventId', 'inspections.errors.discipline_not_members', { name });
    }
  }
  const ownIds = new Set(
    inspectionId === null
      ? []
      : db
          .prepare<[number], { id: number }>('SELECT id FROM inspection_recommendations WHERE inspection_id = ?')
          .all(inspectionId)
          .map((row) => row.id),
  );
  record.recommendations.forEach((recommendation, index) => {
    if (recommendation.id !== undefined && !ownIds.has(recommendation.id)) {
      refuse('not_found', `recommendations.${index}.id`, 'inspections.errors.recommendation_not_found', { id: recommendation.id });
    }
    if (recommendation.doneOn !== undefined && recommendation.doneOn > today) {
      refuseDoneInFuture(`recommendations.${index}.doneOn`, recommendation.doneOn);
    }
  });
}

export function refuseDoneInFuture(path: string, doneOn: IsoDate): never {
  refuse('conflict', path, 'inspections.errors.done_in_future', { date: formatViDate(doneOn) });
}

/** The day a recommendation was carried out cannot come before the round that made it began. */
export function refuseDoneBeforeStart(path: string, doneOn: IsoDate, start: IsoDate): never {
  refuse('conflict', path, 'inspections.errors.done_before_start', { date: formatViDate(doneOn), start: formatViDate(start) });
}

export function requireRecommendation(db: Db, id: number): RecommendationRow {
  const found = findRecommendation(db, id);
  if (!found) throw new ApiFailure('not_found', 'inspections.errors.recommendation_not_found', { id });
  return found;
}
