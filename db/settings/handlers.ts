import type { Handlers } from '../../shared/api/contract';
import type { Db } from '../connection';
import { writeSettings } from './mutations';
import { readSettings } from './queries';

export function settingsHandlers(db: Db): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => readSettings(db),
    'settings.update': (patch) =>
      db.transaction(() => {
        writeSettings(db, patch);
        return readSettings(db);
      })(),
  };
}
