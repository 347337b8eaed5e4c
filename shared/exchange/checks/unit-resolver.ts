import { foldVietnamese } from '../../text/fold';
import type { KnownUnit } from './findings';

/** Letters and digits of any script: a code is a word of the text when neither neighbour is one of these. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function appearsAsWord(text: string, code: string): boolean {
  for (let at = text.indexOf(code); at !== -1; at = text.indexOf(code, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + code.length);
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

/** The one code left, or null when there is none or more than one (a guess would raise false alarms). */
function single(codes: readonly string[]): string | null {
  const distinct = [...new Set(codes)];
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}

/**
 * Resolves the free text a transfer event names its other unit by (`otherUnit`, typed by a person) to a known unit's
 * code: the text is a code; else it contains exactly one known code as a word ("CB02 – Chi bộ 2"; a code inside a
 * longer code found too, "DU05" in "DU05.CB02", yields to it); else it is exactly one known unit's name, marks and
 * case aside. Null when nothing or more than one unit fits.
 */
export function unitResolver(known: readonly KnownUnit[]): (text: string) => string | null {
  const codes = [...new Set(known.map((unit) => unit.code.toUpperCase()))];
  const byName = new Map<string, string[]>();
  for (const unit of known) {
    const name = foldVietnamese(unit.name);
    byName.set(name, [...(byName.get(name) ?? []), unit.code.toUpperCase()]);
  }
  return (text) => {
    const upper = text.trim().toUpperCase();
    if (upper === '') return null;
    if (codes.includes(upper)) return upper;
    const found = codes.filter((code) => appearsAsWord(upper, code));
    const outermost = found.filter((code) => !found.some((other) => other !== code && other.includes(code)));
    if (outermost.length > 0) return single(outermost);
    return single(byName.get(foldVietnamese(text)) ?? []);
  };
}
