import type { Db } from '../../connection';

/**
 * Keys the parent pins for the units that send it files (unit_keys, origin 'pinned'; docs/exchange-format.md §11).
 * A file carries only the producer's signing key, so a key pinned from a file has no exchange key (migration 016).
 */

interface PinnedRow {
  id: number;
  signing_key: string;
  fingerprint: string;
}

export function currentPinnedKey(db: Db, organisationId: number): PinnedRow | undefined {
  return db
    .prepare<[number], PinnedRow>(
      "SELECT id, signing_key, fingerprint FROM unit_keys WHERE organisation_id = ? AND origin = 'pinned' AND retired_at IS NULL",
    )
    .get(organisationId);
}

/**
 * Pins `signingKey` as the unit's current key. A key pinned before is retired, never deleted, so older files still
 * verify against it; re-pinning a key that was retired earlier brings that row back.
 */
export function pinKey(db: Db, organisationId: number, key: { publicKey: string; fingerprint: string }, at: Date): void {
  const when = at.toISOString();
  db.prepare("UPDATE unit_keys SET retired_at = ? WHERE organisation_id = ? AND retired_at IS NULL AND signing_key <> ?").run(
    when,
    organisationId,
    key.publicKey,
  );
  const revived = db
    .prepare("UPDATE unit_keys SET retired_at = NULL WHERE organisation_id = ? AND origin = 'pinned' AND signing_key = ?")
    .run(organisationId, key.publicKey);
  if (revived.changes > 0) return;
  db.prepare(
    `INSERT INTO unit_keys (organisation_id, origin, signing_key, exchange_key, fingerprint, created_at)
     VALUES (?, 'pinned', ?, NULL, ?, ?)`,
  ).run(organisationId, key.publicKey, key.fingerprint, when);
}
