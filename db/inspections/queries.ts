import type { IsoDate } from '../../shared/dates/calendar';
import type { Activity, Basis, Direction, InspectionKind, PlannedPeriod } from '../../shared/inspections/kinds';
import type { InspectionSubject, PlanSubject } from '../../shared/inspections/views';
import type { Db } from '../connection';

/** The subject columns as read, with the names joined in. */
interface SubjectColumns {
  unitCode: string | null;
  unitName: string | null;
  unitIsHome: 0 | 1 | null;
  memberId: number | null;
  fullName: string | null;
}

export interface InspectionRow extends SubjectColumns {
  id: number;
  direction: Direction;
  activity: Activity;
  kind: InspectionKind;
  basis: Basis;
  planItemId: number | null;
  conductedBy: string;
  team: string | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  content: string | null;
  strengths: string | null;
  shortcomings: string | null;
  violation: 0 | 1;
  conclusion: string | null;
  disciplineEventId: number | null;
}

export interface RecommendationRow {
  id: number;
  inspectionId: number;
  content: string;
  deadline: IsoDate;
  responsible: string | null;
  doneOn: IsoDate | null;
  note: string | null;
}

export interface PlanItemRow extends SubjectColumns {
  id: number;
  year: number;
  activity: Activity;
  kind: InspectionKind;
  subjectText: string | null;
  period: PlannedPeriod;
  content: string;
  conductedBy: string | null;
}

const SUBJECT_COLUMNS = `
  u.code AS unitCode, u.name AS unitName, (h.organisation_id IS NOT NULL) AS unitIsHome,
  m.id AS memberId, m.full_name AS fullName`;
const SUBJECT_JOINS = (table: string) => `
  LEFT JOIN organisations u ON u.id = ${table}.subject_unit_id
  LEFT JOIN home_organisation h ON h.organisation_id = u.id
  LEFT JOIN members m ON m.id = ${table}.subject_member_id`;

const INSPECTION_SELECT = `
  SELECT i.id, i.direction, i.activity, i.kind, i.basis, i.plan_item_id AS planItemId, i.conducted_by AS conductedBy,
         i.team, i.start_date AS startDate, i.end_date AS endDate, i.content, i.strengths, i.shortcomings, i.violation,
         i.conclusion, i.discipline_event_id AS disciplineEventId, ${SUBJECT_COLUMNS}
    FROM inspections i ${SUBJECT_JOINS('i')}`;

/** The subject as shown: a unit by code and name, or a member by name. */
export function subjectOf(row: SubjectColumns): InspectionSubject {
  if (row.memberId !== null) return { type: 'member', memberId: row.memberId, fullName: row.fullName ?? '' };
  return { type: 'unit', unitCode: row.unitCode ?? '', name: row.unitName ?? '', isHome: row.unitIsHome === 1 };
}

export function planSubjectOf(row: PlanItemRow): PlanSubject {
  return row.subjectText !== null ? { type: 'text', text: row.subjectText } : subjectOf(row);
}

/** The subject in words: the unit's name or the member's full name. */
export function subjectName(subject: PlanSubject): string {
  if (subject.type === 'member') return subject.fullName;
  return subject.type === 'unit' ? subject.name : subject.text;
}

export function findInspection(db: Db, id: number): InspectionRow | undefined {
  return db.prepare<[number], InspectionRow>(`${INSPECTION_SELECT} WHERE i.id = ?`).get(id);
}

/** The records whose round started in `year`, oldest first. */
export function inspectionsOfYear(db: Db, year: number): InspectionRow[] {
  return db
    .prepare<[string], InspectionRow>(`${INSPECTION_SELECT} WHERE substr(i.start_date, 1, 4) = ? ORDER BY i.start_date, i.id`)
    .all(String(year).padStart(4, '0'));
}

/** The records that carry out any of these plan items, oldest first. */
export function inspectionsOfPlanItems(db: Db, planItemIds: readonly number[]): InspectionRow[] {
  return db
    .prepare<[string], InspectionRow>(
      `${INSPECTION_SELECT} WHERE i.plan_item_id IN (SELECT value FROM json_each(?)) ORDER BY i.start_date, i.id`,
    )
    .all(JSON.stringify(planItemIds));
}

const RECOMMENDATION_SELECT = `
  SELECT id, inspection_id AS inspectionId, content, deadline, responsible, done_on AS doneOn, note
    FROM inspection_recommendations`;

/** The recommendations of many records, in each record's order, by record. */
export function recommendationsOf(db: Db, inspectionIds: readonly number[]): Map<number, RecommendationRow[]> {
  const rows = db
    .prepare<[string], RecommendationRow>(
      `${RECOMMENDATION_SELECT} WHERE inspection_id IN (SELECT value FROM json_each(?)) ORDER BY inspection_id, position_in_list`,
    )
    .all(JSON.stringify(inspectionIds));
  const byInspection = new Map<number, RecommendationRow[]>();
  for (const row of rows) {
    const list = byInspection.get(row.inspectionId);
    if (list) list.push(row);
    else byInspection.set(row.inspectionId, [row]);
  }
  return byInspection;
}

export function findRecommendation(db: Db, id: number): RecommendationRow | undefined {
  return db.prepare<[number], RecommendationRow>(`${RECOMMENDATION_SELECT} WHERE id = ?`).get(id);
}

/** Every open recommendation whose deadline is on or before `until`, oldest deadline first, with its record's subject. */
export function openRecommendationsUntil(db: Db, until: IsoDate): (RecommendationRow & SubjectColumns)[] {
  return db
    .prepare<[IsoDate], RecommendationRow & SubjectColumns>(
      `SELECT r.id, r.inspection_id AS inspectionId, r.content, r.deadline, r.responsible, r.done_on AS doneOn, r.note,
              ${SUBJECT_COLUMNS}
         FROM inspection_recommendations r
         JOIN inspections i ON i.id = r.inspection_id ${SUBJECT_JOINS('i')}
        WHERE r.done_on IS NULL AND r.deadline <= ?
        ORDER BY r.deadline, i.start_date, r.inspection_id, r.position_in_list`,
    )
    .all(until);
}

const PLAN_SELECT = `
  SELECT p.id, p.year, p.activity, p.kind, p.subject_text AS subjectText, p.period, p.content,
         p.conducted_by AS conductedBy, ${SUBJECT_COLUMNS}
    FROM ktgs_plan_items p ${SUBJECT_JOINS('p')}`;

export function findPlanItem(db: Db, id: number): PlanItemRow | undefined {
  return db.prepare<[number], PlanItemRow>(`${PLAN_SELECT} WHERE p.id = ?`).get(id);
}

export function planItemsOfYear(db: Db, year: number): PlanItemRow[] {
  return db.prepare<[number], PlanItemRow>(`${PLAN_SELECT} WHERE p.year = ? ORDER BY p.id`).all(year);
}
