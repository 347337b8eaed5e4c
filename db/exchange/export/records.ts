import type { ExportRecord } from '../../../shared/exchange/export-calls';
import type { Db } from '../../connection';

const RECORD_SELECT = `SELECT id, unit_code AS unitCode, period, revision, bundle_id AS bundleId, supersedes, file_name AS fileName,
  file_sha256 AS fileSha256, created_at AS createdAt, encrypted_to AS encryptedTo FROM exchange_exports`;

/** The last file exported for (unit, period): the next one is its correction. */
export function lastExport(db: Db, unitCode: string, period: string): ExportRecord | undefined {
  return db
    .prepare<[string, string], ExportRecord>(`${RECORD_SELECT} WHERE unit_code = ? AND period = ? ORDER BY revision DESC LIMIT 1`)
    .get(unitCode, period);
}

/** Every file exported, newest first. */
export function listExports(db: Db): ExportRecord[] {
  return db.prepare<[], ExportRecord>(`${RECORD_SELECT} ORDER BY created_at DESC, id DESC`).all();
}

export function insertExport(db: Db, record: Omit<ExportRecord, 'id'>): void {
  db.prepare(
    `INSERT INTO exchange_exports (unit_code, period, revision, bundle_id, supersedes, file_sha256, file_name, created_at, encrypted_to)
     VALUES (@unitCode, @period, @revision, @bundleId, @supersedes, @fileSha256, @fileName, @createdAt, @encryptedTo)`,
  ).run(record);
}
