import { formatViDate } from '../../../shared/dates/calendar';
import type { Activity, Basis, Direction, InspectionKind, SubjectType } from '../../../shared/inspections/kinds';
import type { InspectionDetail } from '../../../shared/inspections/views';

export interface RecommendationFormRow {
  /** The stored recommendation's id, so its status and reminders follow it through an edit; null for a new one. */
  id: number | null;
  content: string;
  deadline: string;
  responsible: string;
  doneOn: string;
  note: string;
}

/**
 * A record as the form holds it: text boxes as typed, picked ids as the drop-downs' strings. The shared schema reads
 * these as they are (blank means absent, ids are read as numbers), so no conversion is needed before checking.
 */
export interface InspectionFormValues {
  direction: Direction;
  activity: Activity;
  kind: InspectionKind;
  basis: Basis;
  planItemId: string;
  conductedBy: string;
  team: string;
  startDate: string;
  endDate: string;
  subjectType: SubjectType;
  unitCode: string;
  memberId: string;
  content: string;
  strengths: string;
  shortcomings: string;
  violation: boolean;
  conclusion: string;
  recommendations: RecommendationFormRow[];
  disciplineEventId: string;
}

export const EMPTY_RECOMMENDATION: RecommendationFormRow = { id: null, content: '', deadline: '', responsible: '', doneOn: '', note: '' };

export const EMPTY_INSPECTION_FORM: InspectionFormValues = {
  direction: 'conducted',
  activity: 'giam_sat',
  kind: 'thuong_xuyen',
  basis: 'ad_hoc',
  planItemId: '',
  conductedBy: '',
  team: '',
  startDate: '',
  endDate: '',
  subjectType: 'member',
  unitCode: '',
  memberId: '',
  content: '',
  strengths: '',
  shortcomings: '',
  violation: false,
  conclusion: '',
  recommendations: [],
  disciplineEventId: '',
};

/** The form's values as the schema's input: the values themselves (see InspectionFormValues). */
export const toInspectionInput = (values: InspectionFormValues): unknown => values;

const text = (value: string | null) => value ?? '';
const date = (value: string | null) => (value === null ? '' : formatViDate(value));

/** A stored record, ready to edit: dates back in dd/mm/yyyy, absent texts as empty boxes. */
export function inspectionToForm(detail: InspectionDetail): InspectionFormValues {
  const { subject } = detail;
  return {
    direction: detail.direction,
    activity: detail.activity,
    kind: detail.kind,
    basis: detail.basis,
    planItemId: detail.planItem === null ? '' : String(detail.planItem.id),
    conductedBy: detail.conductedBy,
    team: text(detail.team),
    startDate: formatViDate(detail.startDate),
    endDate: date(detail.endDate),
    subjectType: subject.type,
    unitCode: subject.type === 'unit' ? subject.unitCode : '',
    memberId: subject.type === 'member' ? String(subject.memberId) : '',
    content: text(detail.content),
    strengths: text(detail.strengths),
    shortcomings: text(detail.shortcomings),
    violation: detail.violation,
    conclusion: text(detail.conclusion),
    recommendations: detail.recommendations.map((row) => ({
      id: row.id,
      content: row.content,
      deadline: formatViDate(row.deadline),
      responsible: text(row.responsible),
      doneOn: date(row.doneOn),
      note: text(row.note),
    })),
    disciplineEventId: detail.discipline === null ? '' : String(detail.discipline.eventId),
  };
}
