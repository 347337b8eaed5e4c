import type { IsoDate } from '../dates/calendar';
import type { DisciplineForm } from '../members/events';
import type { Activity, Basis, Direction, InspectionKind, PlannedPeriod } from './kinds';
import type { PlanItemState, RecommendationState } from './status';

/** What a record is about, readable: a unit of the register (by code) or a member. */
export type InspectionSubject =
  | { type: 'unit'; unitCode: string; name: string; isHome: boolean }
  | { type: 'member'; memberId: number; fullName: string };

/** A plan item may name its subject in words only. */
export type PlanSubject = InspectionSubject | { type: 'text'; text: string };

export interface RecommendationCounts {
  total: number;
  open: number;
  /** Open and past their deadline (among `open`). */
  overdue: number;
}

export interface RecommendationView {
  id: number;
  content: string;
  deadline: IsoDate;
  responsible: string | null;
  doneOn: IsoDate | null;
  note: string | null;
  state: RecommendationState;
}

/** One line of the year's list. */
export interface InspectionSummary {
  id: number;
  direction: Direction;
  activity: Activity;
  kind: InspectionKind;
  basis: Basis;
  startDate: IsoDate;
  endDate: IsoDate | null;
  conductedBy: string;
  subject: InspectionSubject;
  violation: boolean;
  conclusion: string | null;
  recommendationCounts: RecommendationCounts;
}

/** The plan item a record carries out, as the record's page names it. */
export interface PlanItemRef {
  id: number;
  year: number;
  period: PlannedPeriod;
  content: string;
}

/** The discipline that resulted from a round: one of the subject member's discipline events. */
export interface DisciplineRef {
  eventId: number;
  memberId: number;
  fullName: string;
  form: DisciplineForm;
  date: IsoDate;
  decisionNumber: string | null;
}

export interface InspectionDetail extends InspectionSummary {
  planItem: PlanItemRef | null;
  team: string | null;
  content: string | null;
  strengths: string | null;
  shortcomings: string | null;
  recommendations: RecommendationView[];
  discipline: DisciplineRef | null;
  /** The day the states (overdue…) were computed for. */
  today: IsoDate;
}

export interface InspectionList {
  year: number;
  today: IsoDate;
  /** Oldest first, by start date. */
  inspections: InspectionSummary[];
}

/** A record that carries out a plan item. */
export interface FulfilmentRef {
  id: number;
  startDate: IsoDate;
  direction: Direction;
}

export interface PlanItemView {
  id: number;
  year: number;
  activity: Activity;
  kind: InspectionKind;
  subject: PlanSubject;
  period: PlannedPeriod;
  content: string;
  conductedBy: string | null;
  /** Oldest first; empty while the item is not carried out. */
  fulfilledBy: FulfilmentRef[];
  state: PlanItemState;
  /** The last day of the planned period. */
  due: IsoDate;
}

export interface KtgsPlan {
  year: number;
  today: IsoDate;
  /** In the order of the year: by planned period's end, then as entered. */
  items: PlanItemView[];
}
