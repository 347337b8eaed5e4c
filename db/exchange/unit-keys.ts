import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { HomeOrganisation } from '../../shared/org/schemas';
import type { Db } from '../connection';
import { findHomeOrganisation } from '../organisations/queries';
import { writeFileAtomically } from '../atomic-write';
import { generateUnitKeys, unitKeysFrom, type StoredKeyPair, type UnitKeys } from './keys';
import { ExchangeRefusal } from './refusal';

/**
 * Where the home unit's private keys live: a file beside the database, `<database>.keys` (mode 0600, written
 * atomically), never the database itself. A copy of the .sqlite — a backup, a USB stick, a file sent for help — then
 * carries no usable private key: whoever has it can read the register but cannot sign in the unit's name. The public
 * halves and fingerprint are in the database (table unit_keys), so every screen and report can show them.
 */

const KEY_FILE_FORMAT = 'sochibo-private-keys';
const KEY_FILE_MODE = 0o600;

const keyFileSchema = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  formatVersion: z.literal(1),
  keys: z.array(
    z.strictObject({
      code: z.string(),
      signingPrivateKey: z.string(),
      exchangePrivateKey: z.string(),
      createdAt: z.string(),
    }),
  ),
});

/** The key file of the register `db` has open. */
export function keyFilePath(db: Db): string {
  if (db.memory || db.name === '') throw new ExchangeRefusal('no_key_file');
  return `${db.name}.keys`;
}

function readKeyFile(file: string): StoredKeyPair[] {
  if (!existsSync(file)) return [];
  try {
    return keyFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).keys;
  } catch (error) {
    throw new ExchangeRefusal('key_file_unreadable', { file, reason: (error as Error).message.split('\n')[0] ?? '' });
  }
}

function usable(stored: StoredKeyPair, file: string): UnitKeys {
  try {
    return unitKeysFrom(stored);
  } catch (error) {
    throw new ExchangeRefusal('key_file_unreadable', { file, reason: (error as Error).message });
  }
}

interface KeyRow {
  signing_key: string;
  fingerprint: string;
}

const currentOwnKey = (db: Db, organisationId: number) =>
  db
    .prepare<[number], KeyRow>(
      "SELECT signing_key, fingerprint FROM unit_keys WHERE organisation_id = ? AND origin = 'own' AND retired_at IS NULL",
    )
    .get(organisationId);

/**
 * The home unit and its keys. Made on first need — at `org.setupHome` (`sochibo init`), else the first time a register
 * made before keys existed shows its card or signs a file — in one write transaction, so two processes (the app and
 * the command line) cannot make two keys. Refused when the register has no home unit yet, or when the database names
 * a key whose private half is not in the key file (the database was copied without it).
 */
export function homeUnitKeys(db: Db, now: () => Date): { home: HomeOrganisation; keys: UnitKeys } {
  return db
    .transaction(() => {
      const home = findHomeOrganisation(db);
      const homeId = db.prepare<[], { id: number }>('SELECT organisation_id AS id FROM home_organisation').get()?.id;
      if (!home || homeId === undefined) throw new ExchangeRefusal('no_home');
      return { home, keys: ensureOwnKeys(db, homeId, home.code, now) };
    })
    .immediate();
}

function ensureOwnKeys(db: Db, organisationId: number, code: string, now: () => Date): UnitKeys {
  const file = keyFilePath(db);
  const stored = readKeyFile(file);
  const row = currentOwnKey(db, organisationId);
  if (row) {
    const found = stored.filter((entry) => entry.code === code).map((entry) => usable(entry, file));
    const keys = found.find((candidate) => candidate.signing.publicKey === row.signing_key);
    if (!keys) throw new ExchangeRefusal('private_key_missing', { file, fingerprint: row.fingerprint, code });
    return keys;
  }
  // A key in the file but not in the database: the process stopped between the two writes. Adopt it.
  const leftOver = stored.filter((entry) => entry.code === code).at(-1);
  const createdAt = now().toISOString();
  const entry = leftOver ?? generateUnitKeys(code, createdAt);
  if (!leftOver) {
    const text = JSON.stringify({ format: KEY_FILE_FORMAT, formatVersion: 1, keys: [...stored, entry] }, null, 2);
    writeFileAtomically(file, Buffer.from(`${text}\n`, 'utf8'), { mode: KEY_FILE_MODE });
  }
  const keys = usable(entry, file);
  db.prepare(
    `INSERT INTO unit_keys (organisation_id, origin, signing_key, exchange_key, fingerprint, created_at)
     VALUES (?, 'own', ?, ?, ?, ?)`,
  ).run(organisationId, keys.signing.publicKey, keys.exchange.publicKey, keys.fingerprint, createdAt);
  return keys;
}

/** Every key of the home unit that the key file still holds, current first: an old file may be addressed to an old key. */
export function homeDecryptionKeys(db: Db, now: () => Date): UnitKeys[] {
  const { home, keys } = homeUnitKeys(db, now);
  const file = keyFilePath(db);
  const others = readKeyFile(file)
    .filter((entry) => entry.code === home.code)
    .map((entry) => usable(entry, file))
    .filter((candidate) => candidate.signing.publicKey !== keys.signing.publicKey);
  return [keys, ...others];
}

/**
 * `homeDecryptionKeys` for a reader that can do without: a register whose key file is missing or unreadable still
 * verifies plain files (an encrypted one is then refused by the reader, saying why). Only a register with no home unit
 * is an error here.
 */
export function decryptionKeysIfAny(db: Db, now: () => Date): UnitKeys[] {
  try {
    return homeDecryptionKeys(db, now);
  } catch (error) {
    if (!(error instanceof ExchangeRefusal) || error.reason === 'no_home') throw error;
    return [];
  }
}
