import { ApiFailure } from '../../../shared/api/errors';
import { crossUnitChecks } from '../../../shared/exchange/checks/cross-unit-checks';
import type { CompletenessBoard } from '../../../shared/exchange/completeness';
import type { Period } from '../../../shared/reports/period';
import { localDate } from '../../clock';
import type { Db } from '../../connection';
import { findHomeUnit } from '../../organisations/queries';
import { decryptionKeysIfAny } from '../unit-keys';
import { checkData } from './check-sources';
import { deadlineOf } from './deadlines';
import { completenessEntries, completenessLevels } from './entries';

/** The period's completeness board, read in one transaction. */
export function completenessBoard(db: Db, now: () => Date, period: Period): CompletenessBoard {
  return db.transaction((): CompletenessBoard => {
    const home = findHomeUnit(db);
    if (!home) throw new ApiFailure('conflict', 'reports.errors.home_missing');
    const today = localDate(now());
    const deadline = deadlineOf(db, period);
    const units = completenessEntries(db, period, deadline.dueOn, today);
    const data = checkData(db, period, today, decryptionKeysIfAny(db, now));
    return {
      period: period.code,
      asOf: period.to,
      generatedOn: today,
      home: { code: home.code, name: home.name, kind: home.kind },
      deadline,
      units,
      levels: completenessLevels(units),
      checks: crossUnitChecks(data.sources, data.known),
      unreadable: data.unreadable,
    };
  })();
}
