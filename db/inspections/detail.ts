import { ApiFailure } from '../../shared/api/errors';
import type { IsoDate } from '../../shared/dates/calendar';
import type { InspectionInput } from '../../shared/inspections/schema';
import { countRecommendations, recommendationState } from '../../shared/inspections/status';
import type { DisciplineRef, InspectionDetail, InspectionList, InspectionSummary } from '../../shared/inspections/views';
import type { Db } from '../connection';
import { findEvent } from '../events/queries';
import {
  findInspection,
  findPlanItem,
  inspectionsOfYear,
  recommendationsOf,
  subjectOf,
  type InspectionRow,
  type RecommendationRow,
} from './queries';

export function requireInspection(db: Db, id: number): InspectionRow {
  const row = findInspection(db, id);
  if (!row) throw new ApiFailure('not_found', 'inspections.errors.not_found', { id });
  return row;
}

function summaryOf(row: InspectionRow, recommendations: readonly RecommendationRow[], today: IsoDate): InspectionSummary {
  return {
    id: row.id,
    direction: row.direction,
    activity: row.activity,
    kind: row.kind,
    basis: row.basis,
    startDate: row.startDate,
    endDate: row.endDate,
    conductedBy: row.conductedBy,
    subject: subjectOf(row),
    violation: row.violation === 1,
    conclusion: row.conclusion,
    recommendationCounts: countRecommendations(recommendations, today),
  };
}

export function listInspections(db: Db, year: number, today: IsoDate): InspectionList {
  const rows = inspectionsOfYear(db, year);
  const recommendations = recommendationsOf(db, rows.map((row) => row.id));
  return { year, today, inspections: rows.map((row) => summaryOf(row, recommendations.get(row.id) ?? [], today)) };
}

function disciplineOf(db: Db, row: InspectionRow): DisciplineRef | null {
  if (row.disciplineEventId === null || row.memberId === null) return null;
  const found = findEvent(db, row.disciplineEventId);
  if (!found || found.event.type !== 'discipline') return null;
  return {
    eventId: found.event.id,
    memberId: found.memberId,
    fullName: row.fullName ?? '',
    form: found.event.form,
    date: found.event.date,
    decisionNumber: found.event.decisionNumber ?? null,
  };
}

export function inspectionDetail(db: Db, id: number, today: IsoDate): InspectionDetail {
  const row = requireInspection(db, id);
  const recommendations = recommendationsOf(db, [id]).get(id) ?? [];
  const planItem = row.planItemId === null ? undefined : findPlanItem(db, row.planItemId);
  return {
    ...summaryOf(row, recommendations, today),
    planItem: planItem ? { id: planItem.id, year: planItem.year, period: planItem.period, content: planItem.content } : null,
    team: row.team,
    content: row.content,
    strengths: row.strengths,
    shortcomings: row.shortcomings,
    recommendations: recommendations.map(({ id: recommendationId, content, deadline, responsible, doneOn, note }) => ({
      id: recommendationId,
      content,
      deadline,
      responsible,
      doneOn,
      note,
      state: recommendationState({ deadline, doneOn }, today),
    })),
    discipline: disciplineOf(db, row),
    today,
  };
}

/** The record as its input, absent fields dropped: what the audit log records before and after a change. */
export function inspectionSnapshot(detail: InspectionDetail): InspectionInput {
  const optional = <K extends string, V>(key: K, value: V | null) => (value === null ? {} : { [key]: value });
  const { subject } = detail;
  return {
    direction: detail.direction,
    activity: detail.activity,
    kind: detail.kind,
    basis: detail.basis,
    ...optional('planItemId', detail.planItem?.id ?? null),
    conductedBy: detail.conductedBy,
    ...optional('team', detail.team),
    startDate: detail.startDate,
    ...optional('endDate', detail.endDate),
    subjectType: subject.type,
    ...(subject.type === 'unit' ? { unitCode: subject.unitCode } : { memberId: subject.memberId }),
    ...optional('content', detail.content),
    ...optional('strengths', detail.strengths),
    ...optional('shortcomings', detail.shortcomings),
    violation: detail.violation,
    ...optional('conclusion', detail.conclusion),
    recommendations: detail.recommendations.map(({ id, content, deadline, responsible, doneOn, note }) => ({
      id,
      content,
      deadline,
      ...optional('responsible', responsible),
      ...optional('doneOn', doneOn),
      ...optional('note', note),
    })),
    ...optional('disciplineEventId', detail.discipline?.eventId ?? null),
  };
}
