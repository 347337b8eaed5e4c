import { createCipheriv, createDecipheriv, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes } from 'node:crypto';
import { ENCRYPTION_SCHEME, type ExchangeEncryption } from '../../shared/exchange/manifest';
import type { KeyCard } from '../../shared/exchange/key-card';
import { publicKeyFromRaw, rawPublicKey, type UnitKeys } from './keys';
import { ExchangeRefusal } from './refusal';

/**
 * Encryption to the parent's key card (ECIES in the usual shape): a fresh X25519 key pair per file; the shared secret
 * with the recipient's X25519 key goes through HKDF-SHA256 (salt: the ephemeral then the recipient public key, info:
 * HKDF_INFO) to a 32-byte AES-256-GCM key; a random 12-byte IV; the bundle id as additional data. The tag and the
 * ephemeral key travel in the signed manifest, so nobody can swap them without breaking the signature.
 */
export const HKDF_INFO = 'sochibo-exchange/1 payload key';

function payloadKey(sharedSecret: Buffer, ephemeralKey: Buffer, recipientKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', sharedSecret, Buffer.concat([ephemeralKey, recipientKey]), HKDF_INFO, 32));
}

export function encryptPayload(plain: Buffer, recipient: KeyCard, bundleId: string): { ciphertext: Buffer; encryption: ExchangeEncryption } {
  const recipientRaw = Buffer.from(recipient.exchangeKey, 'base64');
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralRaw = rawPublicKey(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyFromRaw('x25519', recipientRaw) });
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', payloadKey(shared, ephemeralRaw, recipientRaw), iv);
  cipher.setAAD(Buffer.from(bundleId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    ciphertext,
    encryption: {
      scheme: ENCRYPTION_SCHEME,
      recipient: { code: recipient.code, fingerprint: recipient.fingerprint, exchangeKey: recipient.exchangeKey },
      ephemeralKey: ephemeralRaw.toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    },
  };
}

/** The plain payload; refused when none of `keys` is the recipient's, or when the ciphertext does not open. */
export function decryptPayload(ciphertext: Buffer, encryption: ExchangeEncryption, keys: readonly UnitKeys[], bundleId: string): Buffer {
  const mine = keys.find((key) => key.exchange.publicKey === encryption.recipient.exchangeKey);
  if (!mine) {
    throw new ExchangeRefusal('not_for_this_unit', {
      code: encryption.recipient.code,
      fingerprint: encryption.recipient.fingerprint,
      ours: keys.map((key) => key.fingerprint).join(', ') || '—',
    });
  }
  try {
    const ephemeralRaw = Buffer.from(encryption.ephemeralKey, 'base64');
    const shared = diffieHellman({ privateKey: mine.exchange.privateKey, publicKey: publicKeyFromRaw('x25519', ephemeralRaw) });
    const decipher = createDecipheriv(
      'aes-256-gcm',
      payloadKey(shared, ephemeralRaw, Buffer.from(mine.exchange.publicKey, 'base64')),
      Buffer.from(encryption.iv, 'base64'),
      { authTagLength: 16 },
    );
    decipher.setAAD(Buffer.from(bundleId, 'utf8'));
    decipher.setAuthTag(Buffer.from(encryption.tag, 'base64'));
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new ExchangeRefusal('cannot_decrypt', { code: encryption.recipient.code, fingerprint: encryption.recipient.fingerprint });
  }
}
