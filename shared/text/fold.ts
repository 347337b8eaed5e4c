/**
 * Folds Vietnamese text for searching: tone and vowel marks removed, đ/Đ → d, lower case, spaces collapsed.
 * "Đặng Thị Thu" → "dang thi thu". Unicode decomposition does not split đ (it is a letter of its own), hence the
 * explicit replacement; SQLite's unicode61 tokenizer misses it for the same reason.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
