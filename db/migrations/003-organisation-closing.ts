import type { Migration } from './migration';

/**
 * A unit that is dissolved or merged is closed on a date rather than deleted, so its members' history and past
 * reports still name it.
 */
export const m003OrganisationClosing: Migration = {
  version: 3,
  name: 'organisation-closing',
  up(db) {
    db.exec(`
      ALTER TABLE organisations ADD COLUMN closed_on TEXT
        CHECK (closed_on IS NULL OR closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
    `);
  },
};
