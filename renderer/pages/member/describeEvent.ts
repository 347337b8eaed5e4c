import type { TFunction } from 'i18next';
import { formatViDate } from '../../../shared/dates/calendar';
import type { MemberEventData } from '../../../shared/members/events';
import { isArrival } from './eventFormValues';

export const eventLabel = (t: TFunction, event: Pick<MemberEventData, 'type'>) => t(`member.event.${event.type}`);

/** The decision behind an event, as it would be cited: its number and who issued it, whichever are known. */
export function decisionText(t: TFunction, { decisionNumber, issuedBy }: MemberEventData): string {
  if (decisionNumber && issuedBy) return t('members.events.decisionIssuedBy', { number: decisionNumber, issuer: issuedBy });
  return decisionNumber ?? issuedBy ?? '';
}

/** What only this type of event says: the ceremony, the other unit, the form of discipline, the badge, the reward. */
export function eventDetails(t: TFunction, event: MemberEventData): string {
  switch (event.type) {
    case 'admitted':
      return event.ceremonyDate ? t('members.events.ceremony', { date: formatViDate(event.ceremonyDate) }) : '';
    case 'transferred_in':
    case 'transferred_out':
    case 'temporary_in':
    case 'temporary_out':
      return t(isArrival(event.type) ? 'members.events.from' : 'members.events.to', { unit: event.otherUnit });
    case 'discipline':
      return t(`member.discipline.${event.form}`);
    case 'badge':
      return t('members.events.badge', { years: event.years });
    case 'reward':
      return event.title;
    default:
      return '';
  }
}
