import type { Handlers } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import type { Db } from '../connection';
import { homeUnitKeys } from '../exchange/unit-keys';
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
        // The unit's signing and encryption keys are made with it (issue 6): no register is set up without them.
        const { home } = homeUnitKeys(db, now);
        return home;
      }).immediate(),
  };
}
