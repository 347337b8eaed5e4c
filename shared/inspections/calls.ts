import { z } from 'zod';
import { call, id, returns } from '../api/call';
import { inspectionInputSchema, planItemInputSchema, recommendationStatusSchema } from './schema';
import type { InspectionDetail, InspectionList, KtgsPlan, PlanItemView } from './views';

const year = z.number({ error: 'inspections.validation.year_required' }).int().min(1930).max(2200);

/** Inspection and supervision (KTGS): the records of both directions with their recommendations, and the annual plan. */
export const inspectionCalls = {
  /** The records whose round started in the year, both directions, oldest first, with recommendation counts. */
  'inspections.list': call(z.object({ year }).strict(), returns<InspectionList>()),
  'inspections.get': call(z.object({ id }).strict(), returns<InspectionDetail>()),
  'inspections.create': call(inspectionInputSchema, returns<InspectionDetail>()),
  'inspections.update': call(z.object({ id, inspection: inspectionInputSchema }).strict(), returns<InspectionDetail>()),
  'inspections.delete': call(z.object({ id }).strict(), returns<{ id: number }>()),
  /** Marks one recommendation done on a day or open again, without editing the rest of the record. */
  'inspections.recommendationStatus': call(recommendationStatusSchema, returns<InspectionDetail>()),

  /** The year's plan, each item with the records that carry it out. */
  'ktgsPlan.get': call(z.object({ year }).strict(), returns<KtgsPlan>()),
  'ktgsPlan.add': call(planItemInputSchema, returns<PlanItemView>()),
  'ktgsPlan.update': call(z.object({ id, item: planItemInputSchema }).strict(), returns<PlanItemView>()),
  /** Refused while a record carries the item out. */
  'ktgsPlan.delete': call(z.object({ id }).strict(), returns<{ id: number }>()),
} as const;
