/** A Vietnamese full name in its three parts: họ (family, first word), tên đệm (middle words), tên (given, last word). */
export interface NameParts {
  ho: string;
  tenDem: string;
  ten: string;
}

/** Collapses runs of spaces and trims; names are compared and stored in this form. */
export function normaliseName(fullName: string): string {
  return fullName.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function splitName(fullName: string): NameParts {
  return splitNormalised(normaliseName(fullName));
}

/** `splitName` of a name already in `normaliseName`'s form: single spaces, none at the ends. */
function splitNormalised(name: string): NameParts {
  const words = name.split(' ').filter(Boolean);
  if (words.length === 0) return { ho: '', tenDem: '', ten: '' };
  if (words.length === 1) return { ho: '', tenDem: '', ten: words[0] ?? '' };
  return { ho: words[0] ?? '', tenDem: words.slice(1, -1).join(' '), ten: words[words.length - 1] ?? '' };
}

// ICU's Vietnamese collation orders letters a ă â b c d đ e ê … with base letters before tone marks.
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const tieBreaker = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** A name split once, for sorting many: comparing keys avoids splitting the same name at every comparison. */
export interface NameSortKey {
  parts: NameParts;
  full: string;
}

export function nameSortKey(fullName: string): NameSortKey {
  const full = normaliseName(fullName);
  return { parts: splitNormalised(full), full };
}

/**
 * Vietnamese register order: by tên, then tên đệm, then họ — "Trần Văn An" before "Lê Thị Bình" — and the whole name
 * (with marks) last, so the order is total and stable.
 */
export function compareNameSortKeys(a: NameSortKey, b: NameSortKey): number {
  return (
    collator.compare(a.parts.ten, b.parts.ten) ||
    collator.compare(a.parts.tenDem, b.parts.tenDem) ||
    collator.compare(a.parts.ho, b.parts.ho) ||
    tieBreaker.compare(a.full, b.full)
  );
}

export function compareVietnameseNames(a: string, b: string): number {
  return compareNameSortKeys(nameSortKey(a), nameSortKey(b));
}

/**
 * The rank of each distinct value in collator order, values the collator finds equal sharing one rank: comparing two
 * ranks is comparing the two values with the collator.
 */
function collatorRanks(values: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(values)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  let previous: string | undefined;
  for (const value of distinct) {
    if (previous !== undefined && collator.compare(previous, value) !== 0) rank += 1;
    ranks.set(value, rank);
    previous = value;
  }
  return ranks;
}

/**
 * Sorts in register order — the order of `compareVietnameseNames` — splitting each name once. A register has
 * thousands of names but only a few hundred distinct tên, tên đệm and họ: those are ranked once with the collator,
 * then the items are sorted by the integer ranks, the collator comparing only whole names whose parts tie.
 */
export function sortByVietnameseName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  const keyed = items.map((item) => {
    const key = nameSortKey(nameOf(item));
    return { item, key, ten: 0, tenDem: 0, ho: 0 };
  });
  const ten = collatorRanks(keyed.map(({ key }) => key.parts.ten));
  const tenDem = collatorRanks(keyed.map(({ key }) => key.parts.tenDem));
  const ho = collatorRanks(keyed.map(({ key }) => key.parts.ho));
  for (const entry of keyed) {
    entry.ten = ten.get(entry.key.parts.ten) ?? 0;
    entry.tenDem = tenDem.get(entry.key.parts.tenDem) ?? 0;
    entry.ho = ho.get(entry.key.parts.ho) ?? 0;
  }
  return keyed
    .sort((a, b) => a.ten - b.ten || a.tenDem - b.tenDem || a.ho - b.ho || tieBreaker.compare(a.key.full, b.key.full))
    .map(({ item }) => item);
}
