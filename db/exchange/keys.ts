import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/**
 * Key material as the exchange format spells it: raw 32-byte keys in base64. Node speaks DER; the fixed DER prefixes
 * below (RFC 8410) turn a raw key into SPKI (public) or PKCS#8 (private) and back, with no parsing of our own.
 */

type Curve = 'ed25519' | 'x25519';
const SPKI_PREFIX: Record<Curve, Buffer> = {
  ed25519: Buffer.from('302a300506032b6570032100', 'hex'),
  x25519: Buffer.from('302a300506032b656e032100', 'hex'),
};
const PKCS8_PREFIX: Record<Curve, Buffer> = {
  ed25519: Buffer.from('302e020100300506032b657004220420', 'hex'),
  x25519: Buffer.from('302e020100300506032b656e04220420', 'hex'),
};

export function publicKeyFromRaw(curve: Curve, raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new RangeError(`a ${curve} public key has 32 bytes, not ${raw.length}`);
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX[curve], raw]), format: 'der', type: 'spki' });
}

export function privateKeyFromRaw(curve: Curve, raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new RangeError(`a ${curve} private key has 32 bytes, not ${raw.length}`);
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX[curve], raw]), format: 'der', type: 'pkcs8' });
}

export function rawPublicKey(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(12);
}

export function rawPrivateKey(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'pkcs8' }).subarray(16);
}

/**
 * The fingerprint people read aloud: SHA-256 of the raw Ed25519 public key; its first 30 bytes taken as six 5-byte
 * big-endian numbers, each reduced modulo 100 000 and written as five digits (about 99.7 bits, as Signal's safety
 * numbers). Digits, because they are read over the phone in Vietnamese without spelling letters.
 */
export function fingerprintOf(signingPublicKey: Buffer): string {
  const hash = createHash('sha256').update(signingPublicKey).digest();
  const groups: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    const group = hash.readUIntBE(i * 5, 5) % 100_000;
    groups.push(String(group).padStart(5, '0'));
  }
  return groups.join(' ');
}

/** A unit's own keys, private halves included; they exist only in memory and in the key file beside the register. */
export interface UnitKeys {
  code: string;
  signing: { privateKey: KeyObject; publicKey: string };
  exchange: { privateKey: KeyObject; publicKey: string };
  fingerprint: string;
}

/** The private halves as the key file stores them (base64 of the raw 32 bytes). */
export interface StoredKeyPair {
  code: string;
  signingPrivateKey: string;
  exchangePrivateKey: string;
  createdAt: string;
}

export function generateUnitKeys(code: string, createdAt: string): StoredKeyPair {
  const signing = generateKeyPairSync('ed25519');
  const exchange = generateKeyPairSync('x25519');
  return {
    code,
    signingPrivateKey: rawPrivateKey(signing.privateKey).toString('base64'),
    exchangePrivateKey: rawPrivateKey(exchange.privateKey).toString('base64'),
    createdAt,
  };
}

/** The usable keys of a stored pair: the public halves are derived, so the file cannot hold mismatched halves. */
export function unitKeysFrom(stored: StoredKeyPair): UnitKeys {
  const signingPrivate = privateKeyFromRaw('ed25519', Buffer.from(stored.signingPrivateKey, 'base64'));
  const exchangePrivate = privateKeyFromRaw('x25519', Buffer.from(stored.exchangePrivateKey, 'base64'));
  const signingPublic = rawPublicKey(createPublicKey(signingPrivate));
  return {
    code: stored.code,
    signing: { privateKey: signingPrivate, publicKey: signingPublic.toString('base64') },
    exchange: { privateKey: exchangePrivate, publicKey: rawPublicKey(createPublicKey(exchangePrivate)).toString('base64') },
    fingerprint: fingerprintOf(signingPublic),
  };
}
