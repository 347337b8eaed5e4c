import type { MessageParams } from '../../../shared/api/errors';
import type { ImportLogEntry, ImportOutcome, ReceivedFile } from '../../../shared/exchange/import-outcome';
import type { ExchangeManifest } from '../../../shared/exchange/manifest';
import type { Db } from '../../connection';

/** Reading and writing the tables of migration 016: accepted files and the append-only import log. */

export interface StoredFileRow {
  id: number;
  revision: number;
  bundle_id: string;
  file_sha256: string;
  content: string | null;
}

/** The accepted files of a unit for a period, highest revision first. */
export function acceptedFiles(db: Db, unitCode: string, period: string): StoredFileRow[] {
  return db
    .prepare<[string, string], StoredFileRow>(
      `SELECT id, revision, bundle_id, file_sha256, content FROM exchange_files
        WHERE unit_code = ? AND period = ? ORDER BY revision DESC`,
    )
    .all(unitCode, period);
}

export function bundleTaken(db: Db, bundleId: string): StoredFileRow | undefined {
  return db
    .prepare<[string], StoredFileRow>('SELECT id, revision, bundle_id, file_sha256, content FROM exchange_files WHERE bundle_id = ?')
    .get(bundleId);
}

export interface AcceptedFile {
  manifest: ExchangeManifest;
  manifestText: string;
  bytes: Buffer;
  fileSha256: string;
  content: unknown;
}

export function insertAcceptedFile(db: Db, file: AcceptedFile, at: Date): void {
  db.prepare(
    `INSERT INTO exchange_files (unit_code, period, revision, bundle_id, supersedes, file_sha256, bytes, manifest, content, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    file.manifest.producer.code,
    file.manifest.period,
    file.manifest.revision,
    file.manifest.bundleId,
    file.manifest.supersedes,
    file.fileSha256,
    file.bytes,
    file.manifestText,
    file.content === null ? null : JSON.stringify(file.content),
    at.toISOString(),
  );
}

export interface LogRecord {
  fileName: string;
  fileSha256: string;
  unitCode: string | null;
  period: string | null;
  revision: number | null;
  outcome: ImportOutcome;
  reason: string;
  params: MessageParams;
}

export function appendImportLog(db: Db, record: LogRecord, at: Date): void {
  db.prepare(
    `INSERT INTO exchange_import_log (at, file_name, file_sha256, unit_code, period, revision, outcome, reason, reason_params)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at.toISOString(),
    record.fileName,
    record.fileSha256,
    record.unitCode,
    record.period,
    record.revision,
    record.outcome,
    record.reason,
    JSON.stringify(record.params),
  );
}

interface LogRow {
  id: number;
  at: string;
  file_name: string;
  file_sha256: string;
  unit_code: string | null;
  period: string | null;
  revision: number | null;
  outcome: ImportOutcome;
  reason: string;
  reason_params: string;
}

export function importLog(db: Db): ImportLogEntry[] {
  return db
    .prepare<[], LogRow>('SELECT * FROM exchange_import_log ORDER BY id DESC')
    .all()
    .map((row) => ({
      id: row.id,
      at: row.at,
      fileName: row.file_name,
      fileSha256: row.file_sha256,
      unitCode: row.unit_code,
      period: row.period,
      revision: row.revision,
      outcome: row.outcome,
      reason: row.reason,
      params: JSON.parse(row.reason_params) as ImportLogEntry['params'],
    }));
}

interface ReceivedRow {
  unit_code: string;
  period: string;
  revision: number;
  bundle_id: string;
  file_sha256: string;
  received_at: string;
  manifest: string;
}

/** The latest accepted file of each (unit, period), of one period when given, by period then unit code. */
export function receivedFiles(db: Db, period: string | undefined): ReceivedFile[] {
  return db
    .prepare<[string | null, string | null], ReceivedRow>(
      `SELECT f.unit_code, f.period, f.revision, f.bundle_id, f.file_sha256, f.received_at, f.manifest
         FROM exchange_files f
        WHERE (? IS NULL OR f.period = ?)
          AND f.revision = (SELECT max(g.revision) FROM exchange_files g WHERE g.unit_code = f.unit_code AND g.period = f.period)
        ORDER BY f.period DESC, f.unit_code`,
    )
    .all(period ?? null, period ?? null)
    .map((row) => {
      const manifest = JSON.parse(row.manifest) as ExchangeManifest;
      return {
        unitCode: row.unit_code,
        unitName: manifest.producer.name,
        period: row.period,
        revision: row.revision,
        bundleId: row.bundle_id,
        fileSha256: row.file_sha256,
        receivedAt: row.received_at,
        fingerprint: manifest.producerKey.fingerprint,
        counts: manifest.counts,
      };
    });
}

export function nextLogId(db: Db): number {
  return (db.prepare<[], { id: number }>('SELECT coalesce(max(id), 0) + 1 AS id FROM exchange_import_log').get()?.id ?? 1);
}
