import { foldVietnamese } from '../../text/fold';
import type { ContentMember } from '../content';
import type { FindingMember } from './findings';

type PersonRecord = Pick<ContentMember['record'], 'fullName' | 'birthDate' | 'partyCardNumber' | 'citizenId'>;

/** A card or citizen ID number as compared: spaces typed inside or around it do not make another number. */
export function numberKey(text: string | null): string | null {
  const key = text?.replace(/\s+/g, '').toUpperCase() ?? '';
  return key === '' ? null : key;
}

/**
 * Whether two registers' records are the same person. Member ids are each register's own, so the person is matched by
 * party card number when both records have one, else by citizen ID when both have one, else by name (folded: marks,
 * case and spacing aside) and birth date. Two different card numbers are two people even if the names agree.
 */
export function samePerson(a: PersonRecord, b: PersonRecord): boolean {
  const cardA = numberKey(a.partyCardNumber);
  const cardB = numberKey(b.partyCardNumber);
  if (cardA !== null && cardB !== null) return cardA === cardB;
  const idA = numberKey(a.citizenId);
  const idB = numberKey(b.citizenId);
  if (idA !== null && idB !== null) return idA === idB;
  return a.birthDate === b.birthDate && foldVietnamese(a.fullName) === foldVietnamese(b.fullName);
}

export function findingMember(member: ContentMember): FindingMember {
  return {
    fullName: member.record.fullName,
    birthDate: member.record.birthDate,
    partyCardNumber: numberKey(member.record.partyCardNumber),
    unitCode: member.unitCode,
  };
}
