import type { MessageParams } from '../api/errors';

/**
 * What the parent's import decides for one exchange file. Accepted: `accept` (first file of the unit for the period),
 * `supersede` (a higher revision), `already` (these exact bytes were accepted before: nothing changes, still a
 * success). Refused: the rest, each with a reason in words (`exchange.import.reason.<outcome>` or, for `invalid`, the
 * reader's own `exchange.refusal.*`). `untrusted` and `key_changed` turn into accepted outcomes when the user trusts
 * the fingerprint or deliberately re-pins the key.
 */
export const IMPORT_OUTCOMES = [
  'accept',
  'supersede',
  'already',
  'stale',
  'conflict',
  'untrusted',
  'key_changed',
  'wrong_parent',
  'not_ours',
  'invalid',
] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

const SUCCESSES: ReadonlySet<ImportOutcome> = new Set(['accept', 'supersede', 'already']);
export const isImportSuccess = (outcome: ImportOutcome) => SUCCESSES.has(outcome);

/** One indicator whose value differs from the accepted revision. */
export interface IndicatorChange {
  key: string;
  before: number | null;
  after: number | null;
}

/** A member (by the producer's member id) added, removed or changed between the accepted revision and this one. */
export interface MemberChange {
  id: number;
  name: string;
  change: 'added' | 'removed' | 'changed';
}

export interface ImportChanges {
  /** The revision this file replaces. */
  previousRevision: number;
  indicators: IndicatorChange[];
  members: MemberChange[];
}

/** The decision for one file, with everything the preview shows. */
export interface ImportVerdict {
  fileName: string;
  fileSha256: string;
  outcome: ImportOutcome;
  /** An i18n key and its parameters: why, in words, naming the unit, period and revision. */
  reason: string;
  params: MessageParams;
  /** The producer as the manifest names it; null when the file could not be read. */
  unit: { code: string; name: string } | null;
  period: string | null;
  revision: number | null;
  /** The producer key's fingerprint, to compare by phone; null when the file could not be read. */
  fingerprint: string | null;
  /** What the commit did to the key: trusted a new sender, or re-pinned a changed key. */
  keyAction: 'trusted' | 'repinned' | null;
  /** For a supersede: what differs from the accepted revision. */
  changes: ImportChanges | null;
}

export interface ImportPreviewResult {
  files: ImportVerdict[];
}

export interface ImportCommitResult {
  files: ImportVerdict[];
  /** The safety copy written before the commit; null when the caller asked for none (a later batch of one import). */
  backupFile: string | null;
}

/** One row of the import history (newest first). */
export interface ImportLogEntry {
  id: number;
  at: string;
  fileName: string;
  fileSha256: string;
  unitCode: string | null;
  period: string | null;
  revision: number | null;
  outcome: ImportOutcome;
  reason: string;
  params: MessageParams;
}

/** An accepted file, the latest revision of its unit for its period. */
export interface ReceivedFile {
  unitCode: string;
  unitName: string;
  period: string;
  revision: number;
  bundleId: string;
  fileSha256: string;
  receivedAt: string;
  fingerprint: string;
  counts: Record<string, number>;
}
