import type { RatingLevel } from '../../shared/ratings/levels';
import type { Db } from '../connection';

export function insertMemberRating(
  db: Db,
  row: { year: number; memberId: number; level: RatingLevel | null; notRatedReason: string | null },
  at: string,
): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO ratings (year, member_id, level, not_rated_reason, updated_at)
       VALUES (@year, @memberId, @level, @notRatedReason, @at)`,
    )
    .run({ ...row, at });
  return Number(lastInsertRowid);
}

export function insertUnitRating(db: Db, row: { year: number; organisationId: number; level: RatingLevel }, at: string): number {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO ratings (year, organisation_id, level, updated_at) VALUES (@year, @organisationId, @level, @at)')
    .run({ ...row, at });
  return Number(lastInsertRowid);
}

export function updateRating(db: Db, id: number, level: RatingLevel | null, notRatedReason: string | null, at: string): void {
  db.prepare('UPDATE ratings SET level = ?, not_rated_reason = ?, updated_at = ? WHERE id = ?').run(level, notRatedReason, at, id);
}

export function deleteRating(db: Db, id: number): void {
  db.prepare('DELETE FROM ratings WHERE id = ?').run(id);
}
