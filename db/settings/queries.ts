import { DEFAULT_LANGUAGE, LANGUAGES, type Language, type Settings } from '../../shared/settings/schemas';
import type { Db } from '../connection';

function readValue(db: Db, key: string): string | undefined {
  return db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key)?.value;
}

const isLanguage = (value: string | undefined): value is Language =>
  (LANGUAGES as readonly string[]).includes(value ?? '');

export function readSettings(db: Db): Settings {
  const language = readValue(db, 'language');
  return { language: isLanguage(language) ? language : DEFAULT_LANGUAGE };
}
