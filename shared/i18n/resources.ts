import type { Language } from '../settings/schemas';
import { en } from './en';
import { vi, type Messages } from './vi';

/** i18next resources for every language, one namespace each. */
export const resources: Record<Language, { translation: Messages }> = {
  vi: { translation: vi },
  en: { translation: en },
};
