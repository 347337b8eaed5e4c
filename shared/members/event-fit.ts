import { formatViDate, type IsoDate } from '../dates/calendar';
import { ADMISSION_AGE } from '../rules/admission-age';
import { BADGES, earlyAwardMonths } from '../rules/badges';
import { findRuleOn } from '../rules/dated';
import { DISCIPLINE_FORMS_ALLOWED } from '../rules/discipline';
import { ageInMonths } from './age';
import { badgeDueOn, earliestBadgeOn } from './badges';
import type { MemberEventData } from './events';
import { sortEvents, type HistoryEvent } from './history';
import { applyEvent, isArrival, probationEnd, registeredHere, startWalk, type Walk } from './replay';
import type { EventProblem } from './state-types';

export interface HistoryContext {
  birthDate: IsoDate;
  /** Nothing may be dated after it: the register records what has happened. */
  today: IsoDate;
}

interface Refusal {
  message: string;
  params: Record<string, string | number>;
}

const refusal = (message: string, params: Refusal['params']): Refusal => ({ message, params });
/** Dates in messages are read by people: dd/mm/yyyy. */
const shown = formatViDate;

function refuseAdmission(walk: Walk, event: Extract<MemberEventData, { type: 'admitted' }>, context: HistoryContext): Refusal | null {
  if (walk.admittedOn !== null) return refusal('rules.already_admitted', { admittedOn: shown(walk.admittedOn) });
  const rule = findRuleOn(ADMISSION_AGE, event.date);
  if (rule) {
    const age = ageInMonths(context.birthDate, event.date);
    const { minMonths, maxMonths } = rule.value;
    if (age < minMonths || age > maxMonths) {
      return refusal(age < minMonths ? 'rules.admission_too_young' : 'rules.admission_too_old', {
        years: Math.floor(age / 12),
        months: age % 12,
        minYears: minMonths / 12,
        maxYears: maxMonths / 12,
        rule: rule.source,
      });
    }
  }
  const ceremony = event.ceremonyDate;
  if (ceremony !== undefined && ceremony < event.date) {
    return refusal('rules.ceremony_before_decision', { ceremonyOn: shown(ceremony), date: shown(event.date) });
  }
  if (ceremony !== undefined && ceremony > context.today) {
    return refusal('rules.ceremony_in_future', { ceremonyOn: shown(ceremony), today: shown(context.today) });
  }
  return null;
}

function refuseRecognition(walk: Walk, date: IsoDate): Refusal | null {
  if (walk.officialOn !== null) return refusal('rules.already_official', { officialOn: shown(walk.officialOn) });
  const probation = probationEnd(walk);
  if (probation && date < probation.endsOn) {
    return refusal(`rules.official_too_early.${probation.fromCeremony ? 'ceremony' : 'decision'}`, {
      months: probation.rule.value,
      startsOn: shown(probation.startsOn),
      endsOn: shown(probation.endsOn),
      rule: probation.rule.source,
    });
  }
  return null;
}

/**
 * Leaving (for good or for a while) is recorded by the cell where the member is registered, and only once. A member
 * who has left is refused earlier; one not yet arrived cannot have departures, since a departure dated before the
 * first arrival would itself be the first presence event, making the admission one made here.
 */
function refuseDeparture(walk: Walk): Refusal | null {
  if (walk.presenceSince === null) return null;
  const since = shown(walk.presenceSince);
  if (walk.presence === 'away') return refusal('rules.already_away', { since });
  if (walk.presence === 'attached') return refusal('rules.attached_only', { since });
  return null;
}

function refuseDiscipline(walk: Walk, event: Extract<MemberEventData, { type: 'discipline' }>): Refusal | null {
  const rule = findRuleOn(DISCIPLINE_FORMS_ALLOWED, event.date);
  if (!rule || walk.standing === 'none' || rule.value[walk.standing].includes(event.form)) return null;
  return refusal('rules.discipline_not_allowed', {
    date: shown(event.date),
    standing: walk.standing,
    form: event.form,
    rule: rule.source,
  });
}

function refuseBadge(walk: Walk, event: Extract<MemberEventData, { type: 'badge' }>): Refusal | null {
  const { years, date } = event;
  const rule = findRuleOn(BADGES, date);
  if (rule && !rule.value.milestones.includes(years)) {
    return refusal('rules.badge_unknown', { years, milestones: rule.value.milestones.join(', '), rule: rule.source });
  }
  const awardedOn = walk.badges.get(years);
  if (awardedOn !== undefined) return refusal('rules.badge_already', { years, awardedOn: shown(awardedOn) });
  if (walk.admittedOn === null) return null;
  const dueOn = badgeDueOn(walk.admittedOn, years);
  const earliestOn = earliestBadgeOn(walk.admittedOn, years, date);
  if (date >= earliestOn) return null;
  const months = rule ? earlyAwardMonths(rule.value, years) : 0;
  return rule && months > 0
    ? refusal('rules.badge_too_early', { years, dueOn: shown(dueOn), earliestOn: shown(earliestOn), months, rule: rule.source })
    : refusal('rules.badge_before_due', { years, dueOn: shown(dueOn) });
}

/** What each kind of event needs of the member's state on its day. */
function refuseByType(walk: Walk, event: MemberEventData, context: HistoryContext): Refusal | null {
  const date = shown(event.date);
  switch (event.type) {
    case 'admitted':
      return refuseAdmission(walk, event, context);
    case 'made_official':
      return refuseRecognition(walk, event.date);
    case 'transferred_out':
    case 'temporary_out':
      return refuseDeparture(walk);
    case 'temporary_out_return':
      return walk.presence === 'away' ? null : refusal('rules.not_away', { date });
    case 'transferred_in':
    case 'temporary_in':
      if (registeredHere(walk)) return refusal('rules.already_here', { since: shown(walk.registeredOn ?? event.date) });
      if (event.type === 'temporary_in' && walk.presence === 'attached') {
        return refusal('rules.already_attached', { since: shown(walk.presenceSince ?? event.date) });
      }
      return null;
    case 'temporary_in_end':
      return walk.presence === 'attached' ? null : refusal('rules.not_attached', { date });
    case 'exemption_start':
      if (walk.exemptSince !== null) return refusal('rules.already_exempt', { since: shown(walk.exemptSince) });
      return registeredHere(walk) ? null : refusal('rules.exemption_not_here', { date });
    case 'exemption_end':
      return walk.exemptSince === null ? refusal('rules.not_exempt', { date }) : null;
    case 'discipline':
      return refuseDiscipline(walk, event);
    case 'badge':
      return refuseBadge(walk, event);
    case 'removed':
    case 'withdrew':
    case 'died':
    case 'reward':
      return null;
  }
}

/** Checks that hold for every event, before what its kind needs. */
function refuse(walk: Walk, event: MemberEventData, context: HistoryContext): Refusal | null {
  const date = shown(event.date);
  if (event.date > context.today) return refusal('rules.future_date', { date, today: shown(context.today) });
  if (event.date < context.birthDate) return refusal('rules.before_birth', { date, birthDate: shown(context.birthDate) });
  if (walk.exit) {
    const exitOn = shown(walk.exit.on);
    // Re-admission after removal, expulsion or withdrawal exists in the Charter; the register does not record it yet.
    if (event.type === 'admitted' && walk.exit.kind !== 'died') return refusal('rules.readmission', { exitOn });
    return refusal(`rules.after_exit.${walk.exit.kind}`, { exitOn });
  }
  if (walk.standing === 'none' && event.type !== 'admitted') {
    return refusal(isArrival(event) ? 'rules.arrival_without_admission' : 'rules.before_admission', { date });
  }
  if (walk.presence === 'left' && !isArrival(event)) {
    return refusal('rules.left_unit', { leftOn: shown(walk.presenceSince ?? event.date) });
  }
  return refuseByType(walk, event, context);
}

/**
 * Whether a member's whole history holds together, replayed oldest first: the first event that does not fit the
 * member's state on its day, with the reason as an i18n key under `rules.*` and the values (and the regulation, as
 * `rule`) that explain it; null when every event fits.
 */
export function checkEventHistory(events: readonly HistoryEvent[], context: HistoryContext): EventProblem | null {
  const history = sortEvents(events);
  const walk = startWalk(history);
  for (const [index, event] of history.entries()) {
    const problem = refuse(walk, event, context);
    if (problem) return { ...(event.id === undefined ? {} : { eventId: event.id }), index, ...problem };
    applyEvent(walk, event);
  }
  return null;
}
