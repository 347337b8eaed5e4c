import type { Activity, InspectionKind, PlannedPeriod, PlanSubjectType } from '../../../shared/inspections/kinds';
import type { PlanItemView } from '../../../shared/inspections/views';

/** A plan item as the form holds it; the year is the plan page's (an item stays in its year when edited). */
export interface PlanFormValues {
  year: number;
  activity: Activity;
  kind: InspectionKind;
  subjectType: PlanSubjectType;
  unitCode: string;
  memberId: string;
  subjectText: string;
  period: PlannedPeriod;
  content: string;
  conductedBy: string;
}

export const emptyPlanForm = (year: number): PlanFormValues => ({
  year,
  activity: 'giam_sat',
  kind: 'thuong_xuyen',
  subjectType: 'member',
  unitCode: '',
  memberId: '',
  subjectText: '',
  period: 'Q1',
  content: '',
  conductedBy: '',
});

/** The form's values as the schema's input: the values themselves (the schema reads blanks and ids as typed). */
export const toPlanItemInput = (values: PlanFormValues): unknown => values;

export function planItemToForm(item: PlanItemView): PlanFormValues {
  const { subject } = item;
  return {
    year: item.year,
    activity: item.activity,
    kind: item.kind,
    subjectType: subject.type,
    unitCode: subject.type === 'unit' ? subject.unitCode : '',
    memberId: subject.type === 'member' ? String(subject.memberId) : '',
    subjectText: subject.type === 'text' ? subject.text : '',
    period: item.period,
    content: item.content,
    conductedBy: item.conductedBy ?? '',
  };
}
