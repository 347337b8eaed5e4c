import { foldVietnamese } from '../text/fold';
import { ETHNICITIES, type Ethnicity } from './ethnicities';
import { RELIGIONS, type Religion } from './religions';

/** Spelling variants ("Ê-đê", "Ê đê", "Êđê", "E DE") reduce to one key: folded, without spaces, hyphens or quotes. */
export function matchKey(text: string): string {
  return foldVietnamese(text).replace(/[\s\-'’‘]/g, '');
}

function indexBy<T extends { code: string; name: string; aliases?: readonly string[] }>(items: readonly T[]) {
  const index = new Map<string, T>();
  for (const item of items) {
    for (const spelling of [item.name, ...(item.aliases ?? [])]) index.set(matchKey(spelling), item);
  }
  return index;
}

const ethnicityIndex = indexBy(ETHNICITIES);
const religionIndex = indexBy(RELIGIONS);

/** The ethnic group a typed name means, whatever its case, marks or hyphens; undefined when none. */
export function findEthnicity(text: string): Ethnicity | undefined {
  return ethnicityIndex.get(matchKey(text));
}

export function findReligion(text: string): Religion | undefined {
  return religionIndex.get(matchKey(text));
}

export function ethnicityName(code: string): string {
  return ETHNICITIES.find((e) => e.code === code)?.name ?? code;
}

export function religionName(code: string): string {
  return RELIGIONS.find((r) => r.code === code)?.name ?? code;
}
