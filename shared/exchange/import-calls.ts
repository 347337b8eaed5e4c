import { z } from 'zod';
import { call, noInput, returns } from '../api/call';
import { fileSchema } from '../members/views';
import type { ImportCommitResult, ImportLogEntry, ImportPreviewResult, ReceivedFile } from './import-outcome';
import { fingerprintSchema, unitCodeSchema } from './manifest';

/** At most this many files per call: the page sends a folder in batches so that its progress bar moves. */
export const IMPORT_BATCH_MAX = 200;

const filesSchema = z.array(fileSchema).min(1, 'exchange.import.validation.no_files').max(IMPORT_BATCH_MAX);

export const importCommitSchema = z.object({
  files: filesSchema,
  /** Fingerprints of unknown senders the user compared by phone and trusts: their keys are pinned. */
  trust: z.array(fingerprintSchema).default([]),
  /** Deliberate re-pins: the unit's pinned key is retired and this one pinned instead. */
  repin: z.array(z.object({ unitCode: unitCodeSchema, fingerprint: fingerprintSchema })).default([]),
  /** A safety copy before writing; the page asks for it with the first batch of an import only. */
  backup: z.boolean().default(true),
});

export const importCalls = {
  /** What importing these files would do, file by file; nothing is written. */
  'exchange.importPreview': call(z.object({ files: filesSchema }), returns<ImportPreviewResult>()),
  /** A backup, then one transaction: keys pinned, accepted files stored, every file's outcome logged. */
  'exchange.importCommit': call(importCommitSchema, returns<ImportCommitResult>()),
  /** The import history, newest first. */
  'exchange.importLog': call(noInput, returns<ImportLogEntry[]>()),
  /** The latest accepted file of each unit and period (of one period when given). */
  'exchange.received': call(z.object({ period: z.string().max(10).optional() }), returns<ReceivedFile[]>()),
} as const;
