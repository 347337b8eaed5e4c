import type { MessageParams } from '../shared/api/errors';

/**
 * The register could not be opened. Carries an i18n key so each host (window, terminal, preview) can tell the user in
 * their language; nothing in the file has been changed when this is thrown.
 */
export class StoreOpenError extends Error {
  constructor(
    readonly key: 'errors.database_too_new' | 'errors.database_unreadable',
    readonly params: MessageParams,
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'StoreOpenError';
  }
}
