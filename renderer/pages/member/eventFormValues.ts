import { formatViDate } from '../../../shared/dates/calendar';
import type { DisciplineForm, EventType, MemberEvent } from '../../../shared/members/events';

/** An event as the form holds it: every field any type can have, as typed; only the chosen type's are sent. */
export interface EventFormValues {
  type: EventType | '';
  date: string;
  ceremonyDate: string;
  decisionNumber: string;
  issuedBy: string;
  note: string;
  otherUnit: string;
  form: DisciplineForm | '';
  years: string;
  title: string;
}

type ExtraField = 'ceremonyDate' | 'otherUnit' | 'form' | 'years' | 'title';

/** The fields a type has beyond date, decision number, issuing body and note. */
export const EXTRA_FIELDS: Record<EventType, readonly ExtraField[]> = {
  admitted: ['ceremonyDate'],
  made_official: [],
  transferred_in: ['otherUnit'],
  transferred_out: ['otherUnit'],
  temporary_in: ['otherUnit'],
  temporary_in_end: [],
  temporary_out: ['otherUnit'],
  temporary_out_return: [],
  exemption_start: [],
  exemption_end: [],
  discipline: ['form'],
  removed: [],
  withdrew: [],
  died: [],
  badge: ['years'],
  reward: ['title'],
};

/** Arrivals name the unit the member comes from; departures the one they go to. */
export const isArrival = (type: EventType | '') => type === 'transferred_in' || type === 'temporary_in';

export const EMPTY_EVENT: EventFormValues = {
  type: '',
  date: '',
  ceremonyDate: '',
  decisionNumber: '',
  issuedBy: '',
  note: '',
  otherUnit: '',
  form: '',
  years: '',
  title: '',
};

/**
 * The schema's input for the chosen type: its own fields only (the event schemas refuse any other). An unchosen
 * badge milestone is left out rather than sent as '' (which a number field would read as 0).
 */
export function toEventInput(values: EventFormValues): Record<string, unknown> {
  const { type, date, decisionNumber, issuedBy, note } = values;
  const input: Record<string, unknown> = { type, date, decisionNumber, issuedBy, note };
  if (type === '') return input;
  for (const field of EXTRA_FIELDS[type]) {
    if (field !== 'years' || values.years !== '') input[field] = values[field];
  }
  return input;
}

/** A stored event, ready to edit. */
export function eventToForm(event: MemberEvent): EventFormValues {
  return {
    ...EMPTY_EVENT,
    type: event.type,
    date: formatViDate(event.date),
    decisionNumber: event.decisionNumber ?? '',
    issuedBy: event.issuedBy ?? '',
    note: event.note ?? '',
    ...(event.type === 'admitted' && event.ceremonyDate ? { ceremonyDate: formatViDate(event.ceremonyDate) } : {}),
    ...('otherUnit' in event ? { otherUnit: event.otherUnit } : {}),
    ...(event.type === 'discipline' ? { form: event.form } : {}),
    ...(event.type === 'badge' ? { years: String(event.years) } : {}),
    ...(event.type === 'reward' ? { title: event.title } : {}),
  };
}
