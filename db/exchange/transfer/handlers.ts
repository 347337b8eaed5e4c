import type { Handlers } from '../../../shared/api/contract';
import type { transferCalls } from '../../../shared/exchange/transfer-calls';
import { writeSafetyCopy } from '../../backup';
import { localDate } from '../../clock';
import type { Db } from '../../connection';
import { findHomeUnit } from '../../organisations/queries';
import { ExchangeRefusal } from '../refusal';
import { decryptionKeysIfAny } from '../unit-keys';
import { exportTransferFile } from './export';
import { judgeTransfer, receiveMember, type ReceiveContext } from './receive';
import { nextReceivedId } from './received';

/** The member transfer file: export at the sending unit, import as a transfer in at the receiving unit. */
export function transferHandlers(db: Db, now: () => Date, appVersion: string): Pick<Handlers, keyof typeof transferCalls> {
  const context = (): ReceiveContext => {
    const home = findHomeUnit(db);
    if (!home) throw new ExchangeRefusal('no_home');
    const decryptWith = decryptionKeysIfAny(db, now);
    const at = now();
    return { home, decryptWith, at, today: localDate(at) };
  };

  return {
    'exchange.transferExport': ({ memberId, encryptTo }) => exportTransferFile(db, now, { memberId, encryptTo, appVersion }),

    'exchange.transferPreview': (request) => {
      const ctx = context();
      return db.transaction(() => judgeTransfer(db, ctx, request).verdict)();
    },

    'exchange.transferImport': (request) => {
      const ctx = context();
      // Judged first without writing: a refused or already received file leaves no safety copy behind.
      const first = db.transaction(() => judgeTransfer(db, ctx, request))();
      if (first.entry === null) return { ...first.verdict, backupFile: null };
      // A register in memory (tests of other hosts) has no file to copy.
      const backupFile = db.memory ? null : writeSafetyCopy(db, db.name, `before-transfer-import-${nextReceivedId(db)}`, ctx.at);
      return db
        .transaction(() => {
          // Judged again inside the write transaction: another process may have received the same member meanwhile.
          const judged = judgeTransfer(db, ctx, request);
          if (judged.entry === null) return { ...judged.verdict, backupFile };
          return { ...judged.verdict, memberId: receiveMember(db, judged.entry, ctx.at), backupFile };
        })
        .immediate();
    },
  };
}
