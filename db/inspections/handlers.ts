import type { Handlers } from '../../shared/api/contract';
import type { inspectionCalls } from '../../shared/inspections/calls';
import { appendAudit } from '../audit/mutations';
import { unchanged } from '../audit/unchanged';
import { localDate } from '../clock';
import type { Db } from '../connection';
import { inspectionDetail, inspectionSnapshot, listInspections, requireInspection } from './detail';
import {
  deleteInspection,
  deletePlanItem,
  insertInspection,
  insertPlanItem,
  setRecommendationStatus,
  updateInspection,
  updatePlanItem,
} from './mutations';
import { planItemDetail, planItemSnapshot, planOfYear, refuseDeletingFulfilled, requirePlanItem } from './plan';
import { refuseDoneBeforeStart, refuseDoneInFuture, refuseUnfitLinks, requireRecommendation, resolveSubject } from './refusals';

/**
 * Inspection and supervision records and the annual KTGS plan. One transaction per user action; every write is checked
 * (subject, plan item, discipline link, recommendation ids) and audited, with the subject member when there is one.
 */
export function inspectionHandlers(db: Db, now: () => Date): Pick<Handlers, keyof typeof inspectionCalls> {
  const memberOf = (snapshot: { memberId?: number | undefined }) => snapshot.memberId ?? null;
  return {
    'inspections.list': ({ year }) => db.transaction(() => listInspections(db, year, localDate(now())))(),

    'inspections.get': ({ id }) => db.transaction(() => inspectionDetail(db, id, localDate(now())))(),

    'inspections.create': (inspection) =>
      db.transaction(() => {
        const at = now();
        const today = localDate(at);
        const links = resolveSubject(db, inspection);
        refuseUnfitLinks(db, inspection, null, today);
        const id = insertInspection(db, inspection, links, at.toISOString());
        const detail = inspectionDetail(db, id, today);
        const after = inspectionSnapshot(detail);
        appendAudit(db, { entity: 'inspection', entityId: id, memberId: memberOf(after), action: 'create', before: null, after }, at);
        return detail;
      }).immediate(),

    'inspections.update': ({ id, inspection }) =>
      db.transaction(() => {
        const at = now();
        const today = localDate(at);
        requireInspection(db, id);
        const before = inspectionSnapshot(inspectionDetail(db, id, today));
        const links = resolveSubject(db, inspection);
        refuseUnfitLinks(db, inspection, id, today);
        updateInspection(db, id, inspection, links, at.toISOString());
        const detail = inspectionDetail(db, id, today);
        const after = inspectionSnapshot(detail);
        if (!unchanged(before, after)) {
          // A change of subject concerns the new member; the old one is in `before`.
          appendAudit(db, { entity: 'inspection', entityId: id, memberId: memberOf(after) ?? memberOf(before), action: 'update', before, after }, at);
        }
        return detail;
      }).immediate(),

    'inspections.delete': ({ id }) =>
      db.transaction(() => {
        const at = now();
        requireInspection(db, id);
        const before = inspectionSnapshot(inspectionDetail(db, id, localDate(at)));
        deleteInspection(db, id);
        appendAudit(db, { entity: 'inspection', entityId: id, memberId: memberOf(before), action: 'delete', before, after: null }, at);
        return { id };
      }).immediate(),

    'inspections.recommendationStatus': ({ id, doneOn, note }) =>
      db.transaction(() => {
        const at = now();
        const today = localDate(at);
        const recommendation = requireRecommendation(db, id);
        const before = inspectionSnapshot(inspectionDetail(db, recommendation.inspectionId, today));
        if (doneOn !== null && doneOn > today) refuseDoneInFuture('doneOn', doneOn);
        if (doneOn !== null && doneOn < before.startDate) refuseDoneBeforeStart('doneOn', doneOn, before.startDate);
        setRecommendationStatus(db, recommendation, doneOn, note ?? recommendation.note, at.toISOString());
        const detail = inspectionDetail(db, recommendation.inspectionId, today);
        const after = inspectionSnapshot(detail);
        if (!unchanged(before, after)) {
          appendAudit(db, { entity: 'inspection', entityId: detail.id, memberId: memberOf(after), action: 'update', before, after }, at);
        }
        return detail;
      }).immediate(),

    'ktgsPlan.get': ({ year }) => db.transaction(() => planOfYear(db, year, localDate(now())))(),

    'ktgsPlan.add': (item) =>
      db.transaction(() => {
        const at = now();
        const id = insertPlanItem(db, item, resolveSubject(db, item), at.toISOString());
        const view = planItemDetail(db, id, localDate(at));
        const after = planItemSnapshot(view);
        appendAudit(db, { entity: 'ktgs_plan', entityId: id, memberId: memberOf(after), action: 'create', before: null, after }, at);
        return view;
      }).immediate(),

    'ktgsPlan.update': ({ id, item }) =>
      db.transaction(() => {
        const at = now();
        const today = localDate(at);
        requirePlanItem(db, id);
        const before = planItemSnapshot(planItemDetail(db, id, today));
        updatePlanItem(db, id, item, resolveSubject(db, item), at.toISOString());
        const view = planItemDetail(db, id, today);
        const after = planItemSnapshot(view);
        if (!unchanged(before, after)) {
          appendAudit(db, { entity: 'ktgs_plan', entityId: id, memberId: memberOf(after) ?? memberOf(before), action: 'update', before, after }, at);
        }
        return view;
      }).immediate(),

    'ktgsPlan.delete': ({ id }) =>
      db.transaction(() => {
        const at = now();
        requirePlanItem(db, id);
        refuseDeletingFulfilled(db, id);
        const before = planItemSnapshot(planItemDetail(db, id, localDate(at)));
        deletePlanItem(db, id);
        appendAudit(db, { entity: 'ktgs_plan', entityId: id, memberId: memberOf(before), action: 'delete', before, after: null }, at);
        return { id };
      }).immediate(),
  };
}
