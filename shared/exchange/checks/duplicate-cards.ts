import { compareVietnameseNames } from '../../text/names';
import type { CrossUnitFinding } from './findings';
import type { Listing } from './listings';
import { numberKey } from './people';

type DuplicateFinding = Extract<CrossUnitFinding, { kind: 'duplicate_card' }>;

/**
 * Card numbers held by more than one member counted on the period's last day, in different units or twice in one. A
 * unit listed by two sources (which by design never happens) is taken from the first only, so the same register's
 * member seen twice is not a duplicate.
 */
export function duplicateCardFindings(listings: readonly Listing[]): DuplicateFinding[] {
  const byCard = new Map<string, Listing[]>();
  for (const listing of listings) {
    const card = numberKey(listing.member.record.partyCardNumber);
    if (card === null || !listing.member.state.countedHere) continue;
    const holders = byCard.get(card) ?? [];
    const sourceOfUnit = holders.find((holder) => holder.member.unitCode === listing.member.unitCode)?.source;
    if (sourceOfUnit !== undefined && sourceOfUnit !== listing.source) continue;
    holders.push(listing);
    byCard.set(card, holders);
  }
  const findings: DuplicateFinding[] = [];
  for (const [cardNumber, holders] of byCard) {
    if (holders.length < 2) continue;
    findings.push({
      kind: 'duplicate_card',
      cardNumber,
      holders: holders
        .map(({ member }) => ({ unitCode: member.unitCode, fullName: member.record.fullName, birthDate: member.record.birthDate }))
        .sort((a, b) => (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : compareVietnameseNames(a.fullName, b.fullName))),
    });
  }
  return findings;
}
