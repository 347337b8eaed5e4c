import type { MemberRecord } from '../../shared/members/record';
import type { Db } from '../connection';
import { cardKey, RECORD_SELECT, recordFromRow } from './columns';

export interface StoredMember {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  record: MemberRecord;
}

type MemberRow = Parameters<typeof recordFromRow>[0] & { id: number; unitId: number; unitCode: string; unitName: string };

export function findMember(db: Db, id: number): StoredMember | undefined {
  const row = db
    .prepare<[number], MemberRow>(
      `SELECT m.id, m.unit_id AS unitId, o.code AS unitCode, o.name AS unitName, ${RECORD_SELECT}
         FROM members m JOIN organisations o ON o.id = m.unit_id
        WHERE m.id = ?`,
    )
    .get(id);
  return row && { id: row.id, unitId: row.unitId, unitCode: row.unitCode, unitName: row.unitName, record: recordFromRow(row) };
}

export interface MemberHolder {
  id: number;
  fullName: string;
  unitName: string;
}

/**
 * The member who already holds this party card number or citizen ID, if any: a card or an ID belongs to one
 * person. Card numbers match with or without their dots.
 */
export function findMemberByCardOrCitizenId(
  db: Db,
  { partyCardNumber, citizenId }: { partyCardNumber?: string; citizenId?: string },
): MemberHolder | undefined {
  return db
    .prepare<{ card: string | null; citizenId: string | null }, MemberHolder>(
      `SELECT m.id, m.full_name AS fullName, o.name AS unitName
         FROM members m JOIN organisations o ON o.id = m.unit_id
        WHERE (party_card_number IS NOT NULL AND replace(party_card_number, '.', '') = @card)
           OR citizen_id = @citizenId
        ORDER BY m.id
        LIMIT 1`,
    )
    .get({ card: partyCardNumber ? cardKey(partyCardNumber) : null, citizenId: citizenId ?? null });
}

export function memberCount(db: Db): number {
  return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM members').get()?.n ?? 0;
}

/** Members registered in the unit (by their record), with nothing said yet about whether they are members then. */
export function memberIdsInUnit(db: Db, unitId: number): number[] {
  return db
    .prepare<[number], { id: number }>('SELECT id FROM members WHERE unit_id = ?')
    .all(unitId)
    .map((row) => row.id);
}
