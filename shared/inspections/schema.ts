import { z } from 'zod';
import { blankToUndefined, dateSchema, optionalDateSchema, optionalText } from '../members/fields';
import { orgCodeSchema } from '../org/schemas';
import { ACTIVITIES, BASES, DIRECTIONS, INSPECTION_KINDS, PLANNED_PERIODS, PLAN_SUBJECT_TYPES, SUBJECT_TYPES } from './kinds';

const requiredText = (max: number, required: string) =>
  z.preprocess(blankToUndefined, z.string({ error: required }).trim().min(1, required).max(max, 'validation.text_too_long'));

/** An id picked in a list: a blank choice (the form's "none") is "not given". */
const optionalId = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z.coerce.number({ error: 'validation.id_required' }).int().positive().optional(),
);

const optionalUnitCode = z.preprocess(blankToUndefined, orgCodeSchema.optional());

/** A recommendation (kiến nghị) of a record; `id` when it is already stored, so its status survives an edit. */
export const recommendationInputSchema = z
  .object({
    id: optionalId,
    content: requiredText(2000, 'inspections.validation.recommendation_content_required'),
    deadline: dateSchema,
    responsible: optionalText(200),
    /** The day it was carried out; absent while open. */
    doneOn: optionalDateSchema,
    note: optionalText(1000),
  })
  .strict();

/**
 * An inspection or supervision record as the secretary writes it down. Fields that do not apply to the choices made
 * (a member for a unit subject, a plan item for an ad hoc round, a discipline for a unit) are dropped, so a form that
 * keeps them while the user changes their mind sends nothing contradictory.
 */
export const inspectionInputSchema = z
  .object({
    direction: z.enum(DIRECTIONS, { error: 'inspections.validation.direction_required' }),
    activity: z.enum(ACTIVITIES, { error: 'inspections.validation.activity_required' }),
    kind: z.enum(INSPECTION_KINDS, { error: 'inspections.validation.kind_required' }),
    basis: z.enum(BASES, { error: 'inspections.validation.basis_required' }),
    planItemId: optionalId,
    conductedBy: requiredText(300, 'inspections.validation.conducted_by_required'),
    team: optionalText(2000),
    startDate: dateSchema,
    endDate: optionalDateSchema,
    subjectType: z.enum(SUBJECT_TYPES, { error: 'inspections.validation.subject_type_required' }),
    unitCode: optionalUnitCode,
    memberId: optionalId,
    content: optionalText(10000),
    strengths: optionalText(10000),
    shortcomings: optionalText(10000),
    violation: z.boolean().default(false),
    conclusion: optionalText(10000),
    recommendations: z.array(recommendationInputSchema).max(100).default([]),
    /** One of the subject member's discipline events that resulted from this round. */
    disciplineEventId: optionalId,
  })
  .strict()
  .superRefine((record, context) => {
    const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    if (record.subjectType === 'unit' && record.unitCode === undefined) issue(['unitCode'], 'inspections.validation.unit_required');
    if (record.subjectType === 'member' && record.memberId === undefined) {
      issue(['memberId'], 'inspections.validation.member_required');
    }
    // The cell's own plan lists what it conducts; a visit received may follow the upper body's plan, not the cell's.
    if (record.basis === 'plan' && record.direction === 'conducted' && record.planItemId === undefined) {
      issue(['planItemId'], 'inspections.validation.plan_item_required');
    }
    if (record.endDate !== undefined && record.endDate < record.startDate) {
      issue(['endDate'], 'inspections.validation.end_before_start');
    }
    record.recommendations.forEach((recommendation, index) => {
      if (recommendation.deadline < record.startDate) {
        issue(['recommendations', index, 'deadline'], 'inspections.validation.deadline_before_start');
      }
      if (recommendation.doneOn !== undefined && recommendation.doneOn < record.startDate) {
        issue(['recommendations', index, 'doneOn'], 'inspections.validation.done_before_start');
      }
    });
  })
  .transform(({ planItemId, unitCode, memberId, disciplineEventId, ...record }) => ({
    ...record,
    ...(record.basis === 'plan' && planItemId !== undefined ? { planItemId } : {}),
    ...(record.subjectType === 'unit' && unitCode !== undefined ? { unitCode } : {}),
    ...(record.subjectType === 'member' && memberId !== undefined ? { memberId } : {}),
    ...(record.subjectType === 'member' && disciplineEventId !== undefined ? { disciplineEventId } : {}),
  }));

export type InspectionInput = z.output<typeof inspectionInputSchema>;
export type RecommendationInput = z.output<typeof recommendationInputSchema>;

/** Marks one recommendation done on a day, or open again (`doneOn: null`); a note given replaces the note kept. */
export const recommendationStatusSchema = z
  .object({
    id: z.number({ error: 'validation.id_required' }).int().positive(),
    doneOn: dateSchema.nullable(),
    note: optionalText(1000),
  })
  .strict();

/** An item of the annual KTGS plan (chương trình kiểm tra, giám sát năm). */
export const planItemInputSchema = z
  .object({
    year: z.coerce.number({ error: 'inspections.validation.year_required' }).int().min(1930).max(2200),
    activity: z.enum(ACTIVITIES, { error: 'inspections.validation.activity_required' }),
    kind: z.enum(INSPECTION_KINDS, { error: 'inspections.validation.kind_required' }),
    subjectType: z.enum(PLAN_SUBJECT_TYPES, { error: 'inspections.validation.subject_type_required' }),
    unitCode: optionalUnitCode,
    memberId: optionalId,
    subjectText: optionalText(500),
    period: z.enum(PLANNED_PERIODS, { error: 'inspections.validation.period_required' }),
    content: requiredText(5000, 'inspections.validation.plan_content_required'),
    conductedBy: optionalText(300),
  })
  .strict()
  .superRefine((item, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (item.subjectType === 'unit' && item.unitCode === undefined) issue('unitCode', 'inspections.validation.unit_required');
    if (item.subjectType === 'member' && item.memberId === undefined) issue('memberId', 'inspections.validation.member_required');
    if (item.subjectType === 'text' && item.subjectText === undefined) {
      issue('subjectText', 'inspections.validation.subject_text_required');
    }
  })
  .transform(({ unitCode, memberId, subjectText, ...item }) => ({
    ...item,
    ...(item.subjectType === 'unit' && unitCode !== undefined ? { unitCode } : {}),
    ...(item.subjectType === 'member' && memberId !== undefined ? { memberId } : {}),
    ...(item.subjectType === 'text' && subjectText !== undefined ? { subjectText } : {}),
  }));

export type PlanItemInput = z.output<typeof planItemInputSchema>;
