import { ApiFailure } from '../../shared/api/errors';
import { formatViDate, type IsoDate } from '../../shared/dates/calendar';
import type { PlanItemInput } from '../../shared/inspections/schema';
import { plannedPeriodEnd, planItemState } from '../../shared/inspections/status';
import type { FulfilmentRef, KtgsPlan, PlanItemView } from '../../shared/inspections/views';
import type { Db } from '../connection';
import {
  findPlanItem,
  inspectionsOfPlanItems,
  planItemsOfYear,
  planSubjectOf,
  subjectName,
  subjectOf,
  type PlanItemRow,
} from './queries';

export function requirePlanItem(db: Db, id: number): PlanItemRow {
  const row = findPlanItem(db, id);
  if (!row) throw new ApiFailure('not_found', 'inspections.errors.plan_item_not_found', { id });
  return row;
}

/** The records carrying out each of these items, by item. */
function fulfilments(db: Db, itemIds: readonly number[]): Map<number, FulfilmentRef[]> {
  const byItem = new Map<number, FulfilmentRef[]>();
  for (const row of inspectionsOfPlanItems(db, itemIds)) {
    if (row.planItemId === null) continue;
    const ref = { id: row.id, startDate: row.startDate, direction: row.direction };
    const list = byItem.get(row.planItemId);
    if (list) list.push(ref);
    else byItem.set(row.planItemId, [ref]);
  }
  return byItem;
}

function itemView(row: PlanItemRow, fulfilledBy: FulfilmentRef[], today: IsoDate): PlanItemView {
  return {
    id: row.id,
    year: row.year,
    activity: row.activity,
    kind: row.kind,
    subject: planSubjectOf(row),
    period: row.period,
    content: row.content,
    conductedBy: row.conductedBy,
    fulfilledBy,
    state: planItemState(row, fulfilledBy.length > 0, today),
    due: plannedPeriodEnd(row.year, row.period),
  };
}

export function planOfYear(db: Db, year: number, today: IsoDate): KtgsPlan {
  const rows = planItemsOfYear(db, year);
  const byItem = fulfilments(db, rows.map((row) => row.id));
  const items = rows.map((row) => itemView(row, byItem.get(row.id) ?? [], today));
  // The year's order: what is due first comes first; items of the same period stay as entered.
  items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id - b.id));
  return { year, today, items };
}

export function planItemDetail(db: Db, id: number, today: IsoDate): PlanItemView {
  return itemView(requirePlanItem(db, id), fulfilments(db, [id]).get(id) ?? [], today);
}

/** Refuses deleting an item a record carries out, naming the (first) record: the record would lose its basis. */
export function refuseDeletingFulfilled(db: Db, id: number): void {
  const [record] = inspectionsOfPlanItems(db, [id]);
  if (record) {
    throw new ApiFailure('conflict', 'inspections.errors.plan_item_fulfilled', {
      date: formatViDate(record.startDate),
      subject: subjectName(subjectOf(record)),
    });
  }
}

/** The item as its input, absent fields dropped: what the audit log records. */
export function planItemSnapshot(item: PlanItemView): PlanItemInput {
  const { subject } = item;
  return {
    year: item.year,
    activity: item.activity,
    kind: item.kind,
    subjectType: subject.type,
    ...(subject.type === 'unit' ? { unitCode: subject.unitCode } : {}),
    ...(subject.type === 'member' ? { memberId: subject.memberId } : {}),
    ...(subject.type === 'text' ? { subjectText: subject.text } : {}),
    period: item.period,
    content: item.content,
    ...(item.conductedBy === null ? {} : { conductedBy: item.conductedBy }),
  };
}
