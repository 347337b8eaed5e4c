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
  const words = normaliseName(fullName).split(' ').filter(Boolean);
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
  return { parts: splitName(fullName), full: normaliseName(fullName) };
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

/** Sorts in register order, splitting each name once. */
export function sortByVietnameseName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: nameSortKey(nameOf(item)) }))
    .sort((a, b) => compareNameSortKeys(a.key, b.key))
    .map(({ item }) => item);
}
