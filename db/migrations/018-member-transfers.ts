import type { Migration } from './migration';

/**
 * Member transfer files received (issue 6, member transfer file): one row per transfer received, naming the member it
 * entered here. A transfer is known by its sender, the member's id in the sender's register and the transfer-out day,
 * so the same transfer given again (the same file, or the sender's file made a second time) is "already received" and
 * changes nothing. Append-only, like the import log: it is the provenance of the member's record here.
 */
export const m018MemberTransfers: Migration = {
  version: 18,
  name: 'member-transfers',
  up(db) {
    db.exec(`
      CREATE TABLE received_transfers (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members (id),
        sender_code TEXT NOT NULL,
        sender_name TEXT NOT NULL,
        sender_member_id INTEGER NOT NULL CHECK (sender_member_id > 0),
        transferred_out_on TEXT NOT NULL CHECK (transferred_out_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        transferred_in_on TEXT NOT NULL CHECK (transferred_in_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        bundle_id TEXT NOT NULL UNIQUE,
        file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
        fingerprint TEXT NOT NULL,
        received_at TEXT NOT NULL,
        CHECK (transferred_in_on >= transferred_out_on),
        UNIQUE (sender_code, sender_member_id, transferred_out_on)
      ) STRICT;

      CREATE TRIGGER received_transfers_no_update BEFORE UPDATE ON received_transfers
      BEGIN
        SELECT RAISE(ABORT, 'received_transfers is append-only');
      END;

      CREATE TRIGGER received_transfers_no_delete BEFORE DELETE ON received_transfers
      BEGIN
        SELECT RAISE(ABORT, 'received_transfers is append-only');
      END;
    `);
  },
};
