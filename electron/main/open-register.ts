import { existsSync } from 'node:fs';
import type { i18n } from 'i18next';
import { StoreOpenError } from '../../db/errors';
import { openStore, type Store } from '../../db/store';

export interface OpenRegisterOptions {
  file: string;
  appVersion: string;
  /** better_sqlite3.node built for Electron (see native-binding.ts). */
  nativeBinding: string;
  t: i18n['t'];
}

export type OpenRegisterOutcome = { ok: true; store: Store } | { ok: false; message: string };

/**
 * Opens the register for the window, or says in the user's words why it cannot be opened: the Electron build of the
 * database module is missing, or the file is unreadable or from a newer version (left untouched in both cases).
 */
export function openRegister({ file, appVersion, nativeBinding, t }: OpenRegisterOptions): OpenRegisterOutcome {
  if (!existsSync(nativeBinding)) return { ok: false, message: t('dialogs.nativeMissing', { file: nativeBinding }) };
  try {
    return { ok: true, store: openStore({ file, appVersion, nativeBinding }) };
  } catch (error) {
    if (error instanceof StoreOpenError) return { ok: false, message: t(error.key, error.params) };
    throw error;
  }
}
