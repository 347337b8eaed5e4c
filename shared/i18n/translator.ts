import i18next, { type i18n } from 'i18next';
import { DEFAULT_LANGUAGE, type Language } from '../settings/schemas';
import { resources } from './resources';

/**
 * A ready i18next instance for one language. Resources are bundled, so initialisation is synchronous and the first
 * string can be shown at once.
 */
export function createTranslator(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    // React and the terminal both print text, never HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
