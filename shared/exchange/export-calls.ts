import { z } from 'zod';
import { call, noInput, returns } from '../api/call';
import { fileSchema, type FilePayload } from '../members/views';
import { periodSchema } from '../reports/period';

/** What the person exporting is shown: the manifest's routing facts, and to whom the content is encrypted. */
export interface ExportSummary {
  unitCode: string;
  period: string;
  revision: number;
  bundleId: string;
  /** The bundle id of the file this one corrects; null for revision 1. */
  supersedes: string | null;
  /** The home unit's key fingerprint, which signed the file. */
  fingerprint: string;
  /** The recipient's code and key fingerprint when the content is encrypted; null for a plain file. */
  encryptedTo: { code: string; fingerprint: string } | null;
  counts: Record<string, number>;
  fileName: string;
  fileSha256: string;
  createdAt: string;
}

export interface ExportedFile {
  file: FilePayload;
  summary: ExportSummary;
}

/** One file exported before, as the export page lists it. */
export interface ExportRecord {
  id: number;
  unitCode: string;
  period: string;
  revision: number;
  bundleId: string;
  supersedes: string | null;
  fileName: string;
  fileSha256: string;
  createdAt: string;
  /** The fingerprint of the key card the content was encrypted to; null for a plain file. */
  encryptedTo: string | null;
}

export const exportInputSchema = z
  .object({
    period: periodSchema,
    /** The parent's key card (`DU05.sochibo-key`): the content is then readable only with the parent's keys. */
    encryptTo: fileSchema.optional(),
  })
  .strict();

export const exportCalls = {
  /** Makes, signs (and optionally encrypts) the period's exchange file and records it as the next revision. */
  'exchange.export': call(exportInputSchema, returns<ExportedFile>()),
  /** The files exported so far, newest first. */
  'exchange.exports': call(noInput, returns<ExportRecord[]>()),
} as const;
