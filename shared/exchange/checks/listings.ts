import type { IsoDate } from '../../dates/calendar';
import { parsePeriod } from '../../reports/period';
import type { ContentEvent, ContentMember } from '../content';
import type { CheckSource } from './findings';

/** A member as one source lists them, with their events and the dates of that source's period. */
export interface Listing {
  source: CheckSource;
  member: ContentMember;
  events: ContentEvent[];
  periodFrom: IsoDate;
  periodTo: IsoDate;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The first day of the document's period; its `asOf` when the code does not parse (the schema allows no such code). */
function periodStart(source: CheckSource): IsoDate {
  return parsePeriod(source.content.period)?.from ?? source.content.asOf;
}

/** Every member of every source with their own events, and those listed under each unit (the member's `unitCode`). */
export function listingsOf(sources: readonly CheckSource[]): { all: Listing[]; byUnit: Map<string, Listing[]> } {
  const all: Listing[] = [];
  const byUnit = new Map<string, Listing[]>();
  for (const source of sources) {
    const events = new Map<number, ContentEvent[]>();
    for (const event of source.content.events) append(events, event.memberId, event);
    const periodFrom = periodStart(source);
    for (const member of source.content.members) {
      const listing = { source, member, events: events.get(member.id) ?? [], periodFrom, periodTo: source.content.asOf };
      all.push(listing);
      append(byUnit, member.unitCode, listing);
    }
  }
  return { all, byUnit };
}
