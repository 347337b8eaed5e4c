import type { Db } from '../../connection';

/** Reading and writing `received_transfers` (migration 018): the transfers this register has entered. */

export interface ReceivedTransfer {
  memberId: number;
  fullName: string;
  unitName: string;
  transferredInOn: string;
}

/** The transfer received before from this sender for this member and transfer-out day, or as this very bundle. */
export function findReceivedTransfer(
  db: Db,
  key: { senderCode: string; senderMemberId: number; transferredOutOn: string; bundleId: string },
): ReceivedTransfer | undefined {
  return db
    .prepare<typeof key, ReceivedTransfer>(
      `SELECT r.member_id AS memberId, m.full_name AS fullName, o.name AS unitName, r.transferred_in_on AS transferredInOn
         FROM received_transfers r JOIN members m ON m.id = r.member_id JOIN organisations o ON o.id = m.unit_id
        WHERE (r.sender_code = @senderCode AND r.sender_member_id = @senderMemberId AND r.transferred_out_on = @transferredOutOn)
           OR r.bundle_id = @bundleId
        LIMIT 1`,
    )
    .get(key);
}

export interface ReceivedTransferRow {
  memberId: number;
  senderCode: string;
  senderName: string;
  senderMemberId: number;
  transferredOutOn: string;
  transferredInOn: string;
  bundleId: string;
  fileSha256: string;
  fingerprint: string;
}

export function insertReceivedTransfer(db: Db, row: ReceivedTransferRow, at: Date): void {
  db.prepare(
    `INSERT INTO received_transfers (member_id, sender_code, sender_name, sender_member_id, transferred_out_on, transferred_in_on,
                                     bundle_id, file_sha256, fingerprint, received_at)
     VALUES (@memberId, @senderCode, @senderName, @senderMemberId, @transferredOutOn, @transferredInOn,
             @bundleId, @fileSha256, @fingerprint, @receivedAt)`,
  ).run({ ...row, receivedAt: at.toISOString() });
}

/** The number the next received transfer will take: it names the safety copy made before it. */
export function nextReceivedId(db: Db): number {
  return db.prepare<[], { id: number }>('SELECT coalesce(max(id), 0) + 1 AS id FROM received_transfers').get()?.id ?? 1;
}
