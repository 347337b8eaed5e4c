import type { ContentDocument } from '../../../shared/exchange/content';
import type { ExchangeManifest } from '../../../shared/exchange/manifest';
import type { Db } from '../../connection';

/** The latest accepted file of a unit for a period, as the import stored it (migration 016). */
export interface PeriodFile {
  unitCode: string;
  revision: number;
  bundleId: string;
  fileSha256: string;
  bytes: Buffer;
  manifest: ExchangeManifest;
  /** The content document the import checked against the schema before storing it. */
  content: ContentDocument;
  /** When the first accepted revision of the period arrived (lateness is judged on it). */
  firstReceivedAt: string;
  receivedAt: string;
}

interface Row {
  unit_code: string;
  revision: number;
  bundle_id: string;
  file_sha256: string;
  bytes: Buffer;
  manifest: string;
  content: string;
  received_at: string;
  first_received_at: string;
}

/** Every unit's latest accepted file for the period whose content could be read, by unit code. */
export function latestPeriodFiles(db: Db, period: string): Map<string, PeriodFile> {
  const rows = db
    .prepare<[string], Row>(
      `SELECT f.unit_code, f.revision, f.bundle_id, f.file_sha256, f.bytes, f.manifest, f.content, f.received_at,
              (SELECT min(g.received_at) FROM exchange_files g WHERE g.unit_code = f.unit_code AND g.period = f.period) AS first_received_at
         FROM exchange_files f
        WHERE f.period = ? AND f.content IS NOT NULL
          AND f.revision = (SELECT max(g.revision) FROM exchange_files g WHERE g.unit_code = f.unit_code AND g.period = f.period)
        ORDER BY f.unit_code`,
    )
    .all(period);
  return new Map(
    rows.map((row) => [
      row.unit_code,
      {
        unitCode: row.unit_code,
        revision: row.revision,
        bundleId: row.bundle_id,
        fileSha256: row.file_sha256,
        bytes: row.bytes,
        manifest: JSON.parse(row.manifest) as ExchangeManifest,
        // Validated against exchangeContentSchema by the import before it was stored, and never changed since.
        content: JSON.parse(row.content) as ContentDocument,
        firstReceivedAt: row.first_received_at,
        receivedAt: row.received_at,
      },
    ]),
  );
}

/** Whether any file of the unit was ever accepted here (any period). */
export function hasReceivedFiles(db: Db, unitCode: string): boolean {
  return db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM exchange_files WHERE unit_code = ?').get(unitCode)?.n !== 0;
}
