import type { CompletenessEntry } from '../../../shared/exchange/completeness';
import type { ContentDocument, ContentMember, ContentRatings, ContentReport } from '../../../shared/exchange/content';
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

/** What the completeness board reads of a unit's latest file: when it came, and its own board's units. */
export interface PeriodReceipt {
  revision: number;
  firstReceivedAt: string;
  receivedAt: string;
  units: CompletenessEntry[];
}

/**
 * Every unit's latest accepted file for the period, by unit code, without parsing the whole content (the dashboard
 * asks on every visit, and a committee's files may hold thousands of members): SQLite extracts the board section.
 */
export function latestPeriodReceipts(db: Db, period: string): Map<string, PeriodReceipt> {
  const rows = db
    .prepare<[string], { unit_code: string; revision: number; received_at: string; first_received_at: string; units: string | null }>(
      `SELECT f.unit_code, f.revision, f.received_at, json_extract(f.content, '$.completeness.units') AS units,
              (SELECT min(g.received_at) FROM exchange_files g WHERE g.unit_code = f.unit_code AND g.period = f.period) AS first_received_at
         FROM exchange_files f
        WHERE f.period = ? AND f.content IS NOT NULL
          AND f.revision = (SELECT max(g.revision) FROM exchange_files g WHERE g.unit_code = f.unit_code AND g.period = f.period)`,
    )
    .all(period);
  return new Map(
    rows.map((row) => [
      row.unit_code,
      {
        revision: row.revision,
        firstReceivedAt: row.first_received_at,
        receivedAt: row.received_at,
        // Checked against the content schema by the import before it was stored.
        units: row.units === null ? [] : (JSON.parse(row.units) as CompletenessEntry[]),
      },
    ]),
  );
}

/**
 * What a committee's report reads of a unit's latest file: its per-unit rows, forms 2 and 4, members, ratings, and
 * where it came from.
 */
export interface PeriodFigures {
  revision: number;
  bundleId: string;
  receivedAt: string;
  createdAt: string;
  fingerprint: string;
  figures: { report: Pick<ContentReport, 'units' | 'composition'>; members: ContentMember[]; ratings: Pick<ContentRatings, 'units'> };
}

/** Every unit's latest accepted file's figures for the period, by unit code; only those sections are parsed. */
export function latestPeriodFigures(db: Db, period: string): Map<string, PeriodFigures> {
  const rows = db
    .prepare<
      [string],
      {
        unit_code: string;
        revision: number;
        bundle_id: string;
        received_at: string;
        created_at: string;
        fingerprint: string;
        units: string;
        composition: string;
        members: string;
        ratings: string;
      }
    >(
      `SELECT f.unit_code, f.revision, f.bundle_id, f.received_at,
              json_extract(f.manifest, '$.createdAt') AS created_at, json_extract(f.manifest, '$.producerKey.fingerprint') AS fingerprint,
              json_extract(f.content, '$.report.units') AS units, json_extract(f.content, '$.report.composition') AS composition,
              json_extract(f.content, '$.members') AS members, json_extract(f.content, '$.ratings.units') AS ratings
         FROM exchange_files f
        WHERE f.period = ? AND f.content IS NOT NULL
          AND f.revision = (SELECT max(g.revision) FROM exchange_files g WHERE g.unit_code = f.unit_code AND g.period = f.period)`,
    )
    .all(period);
  return new Map(
    rows.map((row) => [
      row.unit_code,
      {
        revision: row.revision,
        bundleId: row.bundle_id,
        receivedAt: row.received_at,
        createdAt: row.created_at,
        fingerprint: row.fingerprint,
        // Checked against the content schema by the import before it was stored.
        figures: {
          report: {
            units: JSON.parse(row.units) as ContentReport['units'],
            composition: JSON.parse(row.composition) as ContentReport['composition'],
          },
          members: JSON.parse(row.members) as ContentMember[],
          ratings: { units: JSON.parse(row.ratings) as ContentRatings['units'] },
        },
      },
    ]),
  );
}

/**
 * One section of every unit's latest accepted file for the period, by unit code: SQLite extracts it, so the rest of
 * each document (a committee's holds its units' files) is never parsed. `path` is a JSON path such as `$.report`.
 */
export function latestPeriodSection<T>(db: Db, period: string, path: string): Map<string, T> {
  const rows = db
    .prepare<[string, string], { unit_code: string; section: string }>(
      `SELECT f.unit_code, json_extract(f.content, ?) AS section
         FROM exchange_files f
        WHERE f.period = ? AND f.content IS NOT NULL
          AND f.revision = (SELECT max(g.revision) FROM exchange_files g WHERE g.unit_code = f.unit_code AND g.period = f.period)`,
    )
    .all(path, period);
  // Checked against the content schema by the import before it was stored.
  return new Map(rows.map((row) => [row.unit_code, JSON.parse(row.section) as T]));
}

/** Whether any file of the unit was ever accepted here (any period). */
export function hasReceivedFiles(db: Db, unitCode: string): boolean {
  return db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM exchange_files WHERE unit_code = ?').get(unitCode)?.n !== 0;
}
