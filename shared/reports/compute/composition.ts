import { ETHNICITIES } from '../../members/ethnicities';
import { RELIGIONS } from '../../members/religions';
import type { CountRow } from '../views';

/** How many of `values` hold each code, in the catalogue's order, codes nobody holds left out. */
function countByCode(codes: readonly string[], values: readonly string[]): CountRow[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  // A code missing from the catalogue (none can be stored: the columns' CHECKs) would still be counted, last.
  const ordered = [...codes, ...[...counts.keys()].filter((code) => !codes.includes(code)).sort()];
  return ordered.flatMap((code) => {
    const count = counts.get(code) ?? 0;
    return count > 0 ? [{ code, count }] : [];
  });
}

/** Form 4-TCTW: the ethnicity codes of the members counted in đảng số. */
export const ethnicityCounts = (codes: readonly string[]): CountRow[] => countByCode(ETHNICITIES.map((each) => each.code), codes);

/** Form 4-TCTW: their religion codes ("khong" included: the members without religion). */
export const religionCounts = (codes: readonly string[]): CountRow[] => countByCode(RELIGIONS.map((each) => each.code), codes);
