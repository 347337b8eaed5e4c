import { z } from 'zod';
import { call, id, returns } from '../api/call';
import { optionalDateSchema } from '../members/fields';
import { memberUnitSchema } from '../members/record';
import { fileSchema } from '../members/views';
import type { TransferExported, TransferImportResult, TransferVerdict } from './transfer-outcome';

const receiveSchema = z
  .object({
    file: fileSchema,
    /** For a committee: the unit of this register to enter the member in; absent means the home unit. */
    unitCode: memberUnitSchema,
    /** The transfer in's day; absent means today. Not before the transfer out, not after today. */
    date: optionalDateSchema,
  })
  .strict();

/** The member transfer file's calls (export one member's record and history; import it as a transfer in). */
export const transferCalls = {
  /** The sending unit: the signed transfer file of a member whose official transfer out is recorded. */
  'exchange.transferExport': call(
    z
      .object({
        memberId: id,
        /** The receiving unit's key card (`CB020.sochibo-key`): the content is then readable only there. */
        encryptTo: fileSchema.optional(),
      })
      .strict(),
    returns<TransferExported>(),
  ),
  /** The receiving unit: what importing the file would do; nothing is written. */
  'exchange.transferPreview': call(receiveSchema, returns<TransferVerdict>()),
  /** The receiving unit: a backup, then one transaction that enters the member with a transfer in. */
  'exchange.transferImport': call(receiveSchema, returns<TransferImportResult>()),
} as const;
