import type { Handlers } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import type { Db } from '../connection';
import { insertHomeOrganisation } from './mutations';
import { findHomeOrganisation, organisationCodeExists } from './queries';

export function organisationHandlers(db: Db, now: () => Date): Pick<Handlers, 'org.home' | 'org.setupHome'> {
  return {
    'org.home': () => findHomeOrganisation(db),

    'org.setupHome': (setup) =>
      db.transaction(() => {
        const existing = findHomeOrganisation(db);
        if (existing) {
          throw new ApiFailure('conflict', 'errors.home_exists', { name: existing.name, code: existing.code });
        }
        if (organisationCodeExists(db, setup.code)) {
          throw new ApiFailure('conflict', 'errors.code_taken', { code: setup.code }, [
            { path: 'code', message: 'errors.code_taken', params: { code: setup.code } },
          ]);
        }
        insertHomeOrganisation(db, setup, now().toISOString());
        const home = findHomeOrganisation(db);
        if (!home) throw new Error('home organisation missing right after insert');
        return home;
      }).immediate(),
  };
}
