import type { Db } from '../connection';

/**
 * One step of the schema. Shipped steps are never edited: a change is a new step with the next number and its own
 * test file in test/unit/db/migrations/.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
