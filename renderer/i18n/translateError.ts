import type { TFunction } from 'i18next';
import type { ApiErrorData } from '../../shared/api/errors';

/** The error's words in the current language; its message is an i18n key with the values it needs. */
export function translateError(t: TFunction, error: ApiErrorData): string {
  return t(error.message, error.params);
}
