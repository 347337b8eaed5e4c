import type { Db } from '../../../../db/connection';
import { migrate } from '../../../../db/migrate';
import { migrations } from '../../../../db/migrations';

/** Runs the app's own steps up to `version` (inclusive), as an app of that version would have. */
export function migrateTo(db: Db, file: string, version: number): void {
  migrate(db, file, migrations.slice(0, version));
}
