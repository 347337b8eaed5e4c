import type { Handlers } from '../../../shared/api/contract';
import type { importCalls } from '../../../shared/exchange/import-calls';
import type { ImportVerdict } from '../../../shared/exchange/import-outcome';
import type { FilePayload } from '../../../shared/members/views';
import { writeSafetyCopy } from '../../backup';
import type { Db } from '../../connection';
import { findHomeUnit } from '../../organisations/queries';
import { ExchangeRefusal } from '../refusal';
import { decryptionKeysIfAny } from '../unit-keys';
import { evaluateFile, type ImportContext, type ImportPermissions } from './evaluate';
import { appendImportLog, importLog, nextLogId, receivedFiles } from './store';

/** Thrown to roll the preview's transaction back: the preview runs the commit's own code and keeps nothing. */
class PreviewRollback extends Error {
  constructor(readonly files: ImportVerdict[]) {
    super('preview rolled back');
  }
}

const NO_PERMISSIONS: ImportPermissions = { trust: new Set(), repin: [] };

/**
 * The parent's import of its units' exchange files. Each file is judged on its own: a refused file is logged and
 * skipped, the others still import (a unit's late or broken file must not hold back the rest). The commit writes a
 * safety copy first, then everything in one transaction.
 */
export function importHandlers(db: Db, now: () => Date, file: string): Pick<Handlers, keyof typeof importCalls> {
  const context = (permissions: ImportPermissions): ImportContext => {
    const home = findHomeUnit(db);
    if (!home) throw new ExchangeRefusal('no_home');
    const decryptWith = decryptionKeysIfAny(db, now);
    return { home, decryptWith, permissions, at: now() };
  };

  const judgeAll = (files: readonly FilePayload[], ctx: ImportContext) => files.map((entry) => evaluateFile(db, ctx, entry));

  return {
    'exchange.importPreview': ({ files }) => {
      const ctx = context(NO_PERMISSIONS);
      try {
        db.transaction(() => {
          throw new PreviewRollback(judgeAll(files, ctx));
        })();
      } catch (error) {
        if (error instanceof PreviewRollback) return { files: error.files };
        throw error;
      }
      throw new Error('the preview transaction must roll back');
    },

    'exchange.importCommit': ({ files, trust, repin, backup }) => {
      const ctx = context({ trust: new Set(trust), repin });
      // Numbered by the import log, so two imports within one second (or under a stopped test clock) get two copies.
      const backupFile = backup ? writeSafetyCopy(db, file, `before-exchange-import-${nextLogId(db)}`, ctx.at) : null;
      const judged = db
        .transaction(() => {
          const verdicts = judgeAll(files, ctx);
          for (const verdict of verdicts) {
            appendImportLog(
              db,
              {
                fileName: verdict.fileName,
                fileSha256: verdict.fileSha256,
                unitCode: verdict.unit?.code ?? null,
                period: verdict.period,
                revision: verdict.revision,
                outcome: verdict.outcome,
                reason: verdict.reason,
                params: verdict.keyAction ? { ...verdict.params, keyAction: verdict.keyAction } : verdict.params,
              },
              ctx.at,
            );
          }
          return verdicts;
        })
        .immediate();
      return { files: judged, backupFile };
    },

    'exchange.importLog': () => importLog(db),

    'exchange.received': ({ period }) => receivedFiles(db, period),
  };
}
