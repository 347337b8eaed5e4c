import type { IsoDate } from '../../dates/calendar';
import type { ContentEvent } from '../content';
import type { CrossUnitFinding } from './findings';
import type { Listing } from './listings';
import { findingMember, samePerson } from './people';

type TransferFinding = Extract<CrossUnitFinding, { kind: 'transfer_out_unmatched' | 'transfer_in_unmatched' }>;

export interface TransferContext {
  byUnit: ReadonlyMap<string, readonly Listing[]>;
  /** Units whose members' data is here: only for these can a missing counterpart be told from missing data. */
  covered: ReadonlySet<string>;
  resolve: (text: string) => string | null;
}

const inPeriod = (listing: Listing, date: IsoDate) => date >= listing.periodFrom && date <= listing.periodTo;

function otherUnitOf(event: ContentEvent, context: TransferContext): string | null {
  const text = event.details.otherUnit;
  return typeof text === 'string' ? context.resolve(text) : null;
}

/** The same person as listed at `unitCode` by any source. */
function sameAt(context: TransferContext, unitCode: string, listing: Listing): Listing[] {
  return (context.byUnit.get(unitCode) ?? []).filter((other) => samePerson(other.member.record, listing.member.record));
}

/** `toUnit` records the arrival: it lists the person with a transfer in. */
function arrivalRecorded(at: readonly Listing[]): boolean {
  return at.some((listing) => listing.events.some((event) => event.type === 'transferred_in'));
}

/**
 * `fromUnit` still counts the person as its own member on its last day with no transfer out since they last arrived
 * there (admitted or transferred in) on or before `arrivedOn`. A person it does not list at all is not a finding: the
 * transfer out may be dated before its period, which its snapshot no longer covers.
 */
function departureMissing(at: readonly Listing[], arrivedOn: IsoDate): boolean {
  return at.some((listing) => {
    if (!listing.member.state.countedHere) return false;
    const arrivals = listing.events.filter((event) => (event.type === 'admitted' || event.type === 'transferred_in') && event.date <= arrivedOn);
    const since = arrivals.reduce<IsoDate>((latest, event) => (event.date > latest ? event.date : latest), '0000-01-01');
    return !listing.events.some((event) => event.type === 'transferred_out' && event.date >= since);
  });
}

/**
 * Official transfers (chuyển sinh hoạt chính thức) dated in their own document's period whose other side, a unit whose
 * data is here, did not record them. Transfers to or from a unit the text does not name unambiguously, or whose data is
 * not here, cannot be checked and give nothing.
 */
export function transferFindings(listings: readonly Listing[], context: TransferContext): TransferFinding[] {
  const findings: TransferFinding[] = [];
  for (const listing of listings) {
    const here = listing.member.unitCode;
    for (const event of listing.events) {
      if ((event.type !== 'transferred_out' && event.type !== 'transferred_in') || !inPeriod(listing, event.date)) continue;
      const other = otherUnitOf(event, context);
      if (other === null || other === here || !context.covered.has(other)) continue;
      const member = findingMember(listing.member);
      if (event.type === 'transferred_out') {
        if (!arrivalRecorded(sameAt(context, other, listing))) {
          findings.push({ kind: 'transfer_out_unmatched', member, fromUnit: here, toUnit: other, date: event.date });
        }
      } else if (departureMissing(sameAt(context, other, listing), event.date)) {
        findings.push({ kind: 'transfer_in_unmatched', member, fromUnit: other, toUnit: here, date: event.date });
      }
    }
  }
  return findings;
}
