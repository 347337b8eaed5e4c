import { ETHNICITIES } from '../../members/ethnicities';
import { RELIGIONS } from '../../members/religions';
import { sortByVietnameseName } from '../../text/names';
import type { AdmissionRow, CompositionTables, CountRow } from '../views';

/** The non-zero counts in the catalogue's order. */
function inCatalogueOrder(codes: readonly string[], counts: ReadonlyMap<string, number>): CountRow[] {
  // A code missing from the catalogue (none can be stored: the columns' CHECKs) would still be counted, last.
  const ordered = [...codes, ...[...counts.keys()].filter((code) => !codes.includes(code)).sort()];
  return ordered.flatMap((code) => {
    const count = counts.get(code) ?? 0;
    return count > 0 ? [{ code, count }] : [];
  });
}

/** How many of `values` hold each code, in the catalogue's order, codes nobody holds left out. */
function countByCode(codes: readonly string[], values: readonly string[]): CountRow[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return inCatalogueOrder(codes, counts);
}

/** Form 4-TCTW: the ethnicity codes of the members counted in đảng số. */
export const ethnicityCounts = (codes: readonly string[]): CountRow[] => countByCode(ETHNICITIES.map((each) => each.code), codes);

/** Form 4-TCTW: their religion codes ("khong" included: the members without religion). */
export const religionCounts = (codes: readonly string[]): CountRow[] => countByCode(RELIGIONS.map((each) => each.code), codes);

/** Form 2-TCTW's order: by admission day, then register order (tên → tên đệm → họ). */
export function sortAdmissions(rows: readonly AdmissionRow[]): AdmissionRow[] {
  return sortByVietnameseName(rows, (row) => row.fullName).sort((a, b) => (a.admittedOn < b.admittedOn ? -1 : a.admittedOn > b.admittedOn ? 1 : 0));
}

function sumCounts(codes: readonly string[], parts: readonly (readonly CountRow[])[]): CountRow[] {
  const counts = new Map<string, number>();
  for (const row of parts.flat()) counts.set(row.code, (counts.get(row.code) ?? 0) + row.count);
  return inCatalogueOrder(codes, counts);
}

/** A committee's forms 2 and 4 from its own register's and its units' files' (each already over its own subtree). */
export function combineCompositions(parts: readonly CompositionTables[]): CompositionTables {
  return {
    admissions: sortAdmissions(parts.flatMap((part) => part.admissions)),
    ethnicities: sumCounts(
      ETHNICITIES.map((each) => each.code),
      parts.map((part) => part.ethnicities),
    ),
    religions: sumCounts(
      RELIGIONS.map((each) => each.code),
      parts.map((part) => part.religions),
    ),
  };
}
