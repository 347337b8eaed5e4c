import type { InspectionInput, PlanItemInput } from '../../shared/inspections/schema';
import type { Db } from '../connection';

/** The ids the subject and links resolve to, checked by the caller (see refusals.ts). */
export interface ResolvedLinks {
  unitId: number | null;
  memberId: number | null;
}

const inspectionColumns = (record: InspectionInput, links: ResolvedLinks) => ({
  direction: record.direction,
  activity: record.activity,
  kind: record.kind,
  basis: record.basis,
  planItemId: record.planItemId ?? null,
  conductedBy: record.conductedBy,
  team: record.team ?? null,
  startDate: record.startDate,
  endDate: record.endDate ?? null,
  unitId: links.unitId,
  memberId: links.memberId,
  content: record.content ?? null,
  strengths: record.strengths ?? null,
  shortcomings: record.shortcomings ?? null,
  violation: record.violation ? 1 : 0,
  conclusion: record.conclusion ?? null,
  disciplineEventId: record.disciplineEventId ?? null,
});

/**
 * Makes the record's recommendations those of `record`, in its order: a recommendation with an id is updated in
 * place (its id is what the status call and the dashboard point at), one without is added, one left out is deleted.
 */
function writeRecommendations(db: Db, inspectionId: number, record: InspectionInput): void {
  const kept = record.recommendations.flatMap((recommendation) => (recommendation.id === undefined ? [] : [recommendation.id]));
  db.prepare(
    'DELETE FROM inspection_recommendations WHERE inspection_id = ? AND id NOT IN (SELECT value FROM json_each(?))',
  ).run(inspectionId, JSON.stringify(kept));
  // Moved out of the way first, so renumbering never meets the (record, position) uniqueness halfway.
  db.prepare('UPDATE inspection_recommendations SET position_in_list = position_in_list + 100000 WHERE inspection_id = ?').run(
    inspectionId,
  );
  const update = db.prepare(
    `UPDATE inspection_recommendations
        SET position_in_list = @position, content = @content, deadline = @deadline, responsible = @responsible,
            done_on = @doneOn, note = @note
      WHERE id = @id AND inspection_id = @inspectionId`,
  );
  const insert = db.prepare(
    `INSERT INTO inspection_recommendations (inspection_id, position_in_list, content, deadline, responsible, done_on, note)
     VALUES (@inspectionId, @position, @content, @deadline, @responsible, @doneOn, @note)`,
  );
  record.recommendations.forEach((recommendation, index) => {
    const values = {
      inspectionId,
      position: index + 1,
      content: recommendation.content,
      deadline: recommendation.deadline,
      responsible: recommendation.responsible ?? null,
      doneOn: recommendation.doneOn ?? null,
      note: recommendation.note ?? null,
    };
    if (recommendation.id === undefined) insert.run(values);
    else update.run({ ...values, id: recommendation.id });
  });
}

export function insertInspection(db: Db, record: InspectionInput, links: ResolvedLinks, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO inspections (direction, activity, kind, basis, plan_item_id, conducted_by, team, start_date, end_date,
                                subject_unit_id, subject_member_id, content, strengths, shortcomings, violation,
                                conclusion, discipline_event_id, created_at, updated_at)
       VALUES (@direction, @activity, @kind, @basis, @planItemId, @conductedBy, @team, @startDate, @endDate, @unitId,
               @memberId, @content, @strengths, @shortcomings, @violation, @conclusion, @disciplineEventId, @at, @at)`,
    )
    .run({ ...inspectionColumns(record, links), at });
  const id = Number(lastInsertRowid);
  writeRecommendations(db, id, record);
  return id;
}

export function updateInspection(db: Db, id: number, record: InspectionInput, links: ResolvedLinks, at: string): void {
  db.prepare(
    `UPDATE inspections
        SET direction = @direction, activity = @activity, kind = @kind, basis = @basis, plan_item_id = @planItemId,
            conducted_by = @conductedBy, team = @team, start_date = @startDate, end_date = @endDate,
            subject_unit_id = @unitId, subject_member_id = @memberId, content = @content, strengths = @strengths,
            shortcomings = @shortcomings, violation = @violation, conclusion = @conclusion,
            discipline_event_id = @disciplineEventId, updated_at = @at
      WHERE id = @id`,
  ).run({ ...inspectionColumns(record, links), at, id });
  writeRecommendations(db, id, record);
}

export function deleteInspection(db: Db, id: number): void {
  db.prepare('DELETE FROM inspection_recommendations WHERE inspection_id = ?').run(id);
  db.prepare('DELETE FROM inspections WHERE id = ?').run(id);
}

export function setRecommendationStatus(
  db: Db,
  recommendation: { id: number; inspectionId: number },
  doneOn: string | null,
  note: string | null,
  at: string,
): void {
  db.prepare('UPDATE inspection_recommendations SET done_on = ?, note = ? WHERE id = ?').run(doneOn, note, recommendation.id);
  db.prepare('UPDATE inspections SET updated_at = ? WHERE id = ?').run(at, recommendation.inspectionId);
}

const planColumns = (item: PlanItemInput, links: ResolvedLinks) => ({
  year: item.year,
  activity: item.activity,
  kind: item.kind,
  unitId: links.unitId,
  memberId: links.memberId,
  subjectText: item.subjectText ?? null,
  period: item.period,
  content: item.content,
  conductedBy: item.conductedBy ?? null,
});

export function insertPlanItem(db: Db, item: PlanItemInput, links: ResolvedLinks, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO ktgs_plan_items (year, activity, kind, subject_unit_id, subject_member_id, subject_text, period, content,
                                    conducted_by, created_at, updated_at)
       VALUES (@year, @activity, @kind, @unitId, @memberId, @subjectText, @period, @content, @conductedBy, @at, @at)`,
    )
    .run({ ...planColumns(item, links), at });
  return Number(lastInsertRowid);
}

export function updatePlanItem(db: Db, id: number, item: PlanItemInput, links: ResolvedLinks, at: string): void {
  db.prepare(
    `UPDATE ktgs_plan_items
        SET year = @year, activity = @activity, kind = @kind, subject_unit_id = @unitId, subject_member_id = @memberId,
            subject_text = @subjectText, period = @period, content = @content, conducted_by = @conductedBy,
            updated_at = @at
      WHERE id = @id`,
  ).run({ ...planColumns(item, links), at, id });
}

export function deletePlanItem(db: Db, id: number): void {
  db.prepare('DELETE FROM ktgs_plan_items WHERE id = ?').run(id);
}
