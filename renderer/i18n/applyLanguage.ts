import type { i18n } from 'i18next';
import type { Language } from '../../shared/settings/schemas';

/**
 * Shows the interface in `language` at once. The page's lang attribute follows, so screen readers pronounce the text
 * in the right language and the browser hyphenates and picks glyphs for it.
 */
export async function applyLanguage(translator: i18n, language: Language): Promise<void> {
  document.documentElement.lang = language;
  await translator.changeLanguage(language);
}
