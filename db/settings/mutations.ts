import type { SettingsPatch } from '../../shared/settings/schemas';
import type { Db } from '../connection';

export function writeSettings(db: Db, patch: SettingsPatch): void {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) upsert.run(key, String(value));
  }
}
