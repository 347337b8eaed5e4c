import { z } from 'zod';
import { ORG_KINDS } from '../org/kinds';
import { fingerprintSchema, publicKeySchema, unitCodeSchema } from './manifest';

/**
 * A unit's public key card (`CB012.sochibo-key`): who the unit is and its two public keys, signed by the unit itself.
 * The card proves only that its maker holds the signing key; that the key is really the unit's is settled by reading
 * the fingerprint aloud (docs/exchange-format.md, "Key cards").
 */

export const KEY_CARD_FORMAT = 'sochibo-key-card';
export const KEY_CARD_FORMAT_VERSION = 1;
export const KEY_CARD_EXTENSION = '.sochibo-key';

export const keyCardSchema = z.strictObject({
  code: unitCodeSchema,
  name: z.string().min(1).max(200),
  kind: z.enum(ORG_KINDS),
  /** Ed25519 public key, base64 of its 32 raw bytes: checks the unit's signatures. */
  signingKey: publicKeySchema,
  /** X25519 public key, base64 of its 32 raw bytes: files encrypted to the unit use it. */
  exchangeKey: publicKeySchema,
  fingerprint: fingerprintSchema,
});
export type KeyCard = z.output<typeof keyCardSchema>;

/** The canonical text of a card (the signed bytes): fields in this order, no whitespace. */
export function keyCardJson(card: KeyCard): string {
  return JSON.stringify({
    code: card.code,
    name: card.name,
    kind: card.kind,
    signingKey: card.signingKey,
    exchangeKey: card.exchangeKey,
    fingerprint: card.fingerprint,
  });
}

export function keyCardFileName(code: string): string {
  return `${code}${KEY_CARD_EXTENSION}`;
}
