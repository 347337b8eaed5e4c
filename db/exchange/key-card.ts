import { sign, verify } from 'node:crypto';
import { KEY_CARD_FORMAT, KEY_CARD_FORMAT_VERSION, keyCardJson, keyCardSchema, type KeyCard } from '../../shared/exchange/key-card';
import type { OrgKind } from '../../shared/org/kinds';
import { fingerprintOf, publicKeyFromRaw, type UnitKeys } from './keys';
import { ExchangeRefusal } from './refusal';

/**
 * The key card file: a small JSON document, indented for people who open it, holding the card as a string (the exact
 * bytes signed, like the exchange manifest) and the unit's Ed25519 signature of it. Whitespace around the envelope does
 * not matter (a card survives an editor's line endings); the card string itself must be the canonical one.
 */

const CARD_FILE_KEYS = ['format', 'formatVersion', 'card', 'signature'];
export const MAX_KEY_CARD_BYTES = 64 * 1024;

export function keyCardOf(keys: UnitKeys, unit: { code: string; name: string; kind: OrgKind }): KeyCard {
  return keyCardSchema.parse({
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    signingKey: keys.signing.publicKey,
    exchangeKey: keys.exchange.publicKey,
    fingerprint: keys.fingerprint,
  });
}

export function writeKeyCard(keys: UnitKeys, unit: { code: string; name: string; kind: OrgKind }): Buffer {
  const card = keyCardJson(keyCardOf(keys, unit));
  const signature = sign(null, Buffer.from(card, 'utf8'), keys.signing.privateKey).toString('base64');
  const file = { format: KEY_CARD_FORMAT, formatVersion: KEY_CARD_FORMAT_VERSION, card, signature };
  return Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads and verifies a key card: the card's fields, its fingerprint recomputed from its key, its self-signature. */
export function readKeyCard(bytes: Uint8Array): KeyCard {
  if (bytes.length > MAX_KEY_CARD_BYTES) throw new ExchangeRefusal('not_key_card');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExchangeRefusal('not_key_card');
  }
  const file = parseJson(text);
  if (typeof file !== 'object' || file === null || Array.isArray(file)) throw new ExchangeRefusal('not_key_card');
  const fields = file as Record<string, unknown>;
  if (fields.format !== KEY_CARD_FORMAT) throw new ExchangeRefusal('not_key_card');
  if (fields.formatVersion !== KEY_CARD_FORMAT_VERSION) {
    throw new ExchangeRefusal('key_card_unknown_version', { version: String(fields.formatVersion), supported: KEY_CARD_FORMAT_VERSION });
  }
  const keys = Object.keys(fields);
  const odd = keys.find((key) => !CARD_FILE_KEYS.includes(key)) ?? CARD_FILE_KEYS.find((key) => !keys.includes(key));
  if (odd !== undefined || typeof fields.card !== 'string' || typeof fields.signature !== 'string') {
    throw new ExchangeRefusal('key_card_malformed', { field: odd ?? 'card' });
  }
  const parsed = keyCardSchema.safeParse(parseJson(fields.card));
  if (!parsed.success) throw new ExchangeRefusal('key_card_malformed', { field: parsed.error.issues[0]?.path.join('.') ?? 'card' });
  const card = parsed.data;
  if (keyCardJson(card) !== fields.card) throw new ExchangeRefusal('key_card_malformed', { field: 'card' });
  const signingKey = Buffer.from(card.signingKey, 'base64');
  const fingerprint = fingerprintOf(signingKey);
  if (fingerprint !== card.fingerprint) {
    throw new ExchangeRefusal('key_card_fingerprint_mismatch', { stated: card.fingerprint, actual: fingerprint });
  }
  const signature = Buffer.from(fields.signature, 'base64');
  let valid = false;
  try {
    valid =
      signature.length === 64 &&
      signature.toString('base64') === fields.signature &&
      verify(null, Buffer.from(fields.card, 'utf8'), publicKeyFromRaw('ed25519', signingKey), signature);
  } catch {
    valid = false;
  }
  if (!valid) throw new ExchangeRefusal('key_card_bad_signature', { code: card.code });
  return card;
}
