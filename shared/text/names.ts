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

/**
 * Vietnamese register order: by tên, then tên đệm, then họ — "Trần Văn An" before "Lê Thị Bình" — and the whole name
 * (with marks) last, so the order is total and stable.
 */
export function compareVietnameseNames(a: string, b: string): number {
  const x = splitName(a);
  const y = splitName(b);
  return (
    collator.compare(x.ten, y.ten) ||
    collator.compare(x.tenDem, y.tenDem) ||
    collator.compare(x.ho, y.ho) ||
    tieBreaker.compare(normaliseName(a), normaliseName(b))
  );
}
