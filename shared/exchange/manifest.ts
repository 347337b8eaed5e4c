import { z } from 'zod';
import { ORG_KINDS } from '../org/kinds';

/**
 * The exchange file's manifest: what a parent (or any program) can read and check without the content, and what the
 * producer signs. docs/exchange-format.md is the contract; this file is its schema. The schemas transform nothing, so
 * that a manifest re-serialised by `manifestJson` is byte for byte what was signed (the reader compares them).
 */

export const EXCHANGE_FORMAT = 'sochibo-exchange';
export const EXCHANGE_FORMAT_VERSION = 1;
export const EXCHANGE_FILE_EXTENSION = '.scb';
export const PAYLOAD_ENCODING = 'gzip+json';
export const ENCRYPTION_SCHEME = 'x25519-hkdf-sha256-aes-256-gcm';
export const SIGNATURE_ALGORITHM = 'ed25519';

/**
 * Standard base64 (RFC 4648 §4, padded) of exactly `bytes` bytes, in its one canonical spelling: the unused low bits of
 * the last character are zero, so no two strings decode to the same bytes.
 */
const base64Of = (bytes: number) => {
  const groups = Math.floor(bytes / 3);
  const tail = ['', '[A-Za-z0-9+/][AQgw]==', '[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]='][bytes % 3];
  return z.string().regex(new RegExp(`^(?:[A-Za-z0-9+/]{4}){${groups}}${tail}$`));
};

/** 30 decimal digits in six groups of five, separated by one space: "48210 93712 …". */
export const fingerprintSchema = z.string().regex(/^\d{5}( \d{5}){5}$/);
export const unitCodeSchema = z.string().max(20).regex(/^[A-Z0-9][A-Z0-9.-]*$/);
export const publicKeySchema = base64Of(32);
const uuidSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const periodCodeSchema = z.string().regex(/^\d{4}(?:-(?:Q[1-4]|H1|9M))?$/);
/** `__proto__` is refused: as an object key it would set the prototype instead of holding a count, and not round-trip. */
const countKeySchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9_.]+$/)
  .refine((key) => key !== '__proto__');

export const producerSchema = z.strictObject({
  code: unitCodeSchema,
  name: z.string().min(1).max(200),
  kind: z.enum(ORG_KINDS),
  parentCode: unitCodeSchema.nullable(),
});
export type ExchangeProducer = z.output<typeof producerSchema>;

export const encryptionSchema = z.strictObject({
  scheme: z.literal(ENCRYPTION_SCHEME),
  recipient: z.strictObject({ code: unitCodeSchema, fingerprint: fingerprintSchema, exchangeKey: publicKeySchema }),
  ephemeralKey: publicKeySchema,
  iv: base64Of(12),
  tag: base64Of(16),
});
export type ExchangeEncryption = z.output<typeof encryptionSchema>;

export const manifestSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  producer: producerSchema,
  period: periodCodeSchema,
  revision: z.number().int().min(1).max(1_000_000),
  bundleId: uuidSchema,
  supersedes: uuidSchema.nullable(),
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
  appVersion: z.string().min(1).max(64),
  counts: z.record(countKeySchema, z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)),
  payload: z.strictObject({
    encoding: z.literal(PAYLOAD_ENCODING),
    length: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  encryption: encryptionSchema.nullable(),
  producerKey: z.strictObject({
    algorithm: z.literal(SIGNATURE_ALGORITHM),
    publicKey: publicKeySchema,
    fingerprint: fingerprintSchema,
  }),
});
export type ExchangeManifest = z.output<typeof manifestSchema>;

/**
 * The parts every signed manifest shares (the period file's and the member transfer file's), each with its keys in the
 * order of the specification: the canonical text is built from these, never from an object as parsed.
 */
export const canonicalProducer = (p: ExchangeProducer) => ({ code: p.code, name: p.name, kind: p.kind, parentCode: p.parentCode });
export const canonicalPayload = (p: ExchangeManifest['payload']) => ({ encoding: p.encoding, length: p.length, sha256: p.sha256 });
export const canonicalProducerKey = (k: ExchangeManifest['producerKey']) => ({
  algorithm: k.algorithm,
  publicKey: k.publicKey,
  fingerprint: k.fingerprint,
});
export function canonicalEncryption(e: ExchangeEncryption | null) {
  if (e === null) return null;
  return {
    scheme: e.scheme,
    recipient: { code: e.recipient.code, fingerprint: e.recipient.fingerprint, exchangeKey: e.recipient.exchangeKey },
    ephemeralKey: e.ephemeralKey,
    iv: e.iv,
    tag: e.tag,
  };
}

/**
 * The canonical text of a manifest: the fields in the order of the specification, counts sorted by key (UTF-16 code
 * unit order, which for their ASCII keys is byte order), no whitespace, JSON.stringify's escaping.
 */
export function manifestJson(m: ExchangeManifest): string {
  const counts = Object.fromEntries(Object.entries(m.counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({
    format: m.format,
    formatVersion: m.formatVersion,
    producer: canonicalProducer(m.producer),
    period: m.period,
    revision: m.revision,
    bundleId: m.bundleId,
    supersedes: m.supersedes,
    createdAt: m.createdAt,
    appVersion: m.appVersion,
    counts,
    payload: canonicalPayload(m.payload),
    encryption: canonicalEncryption(m.encryption),
    producerKey: canonicalProducerKey(m.producerKey),
  });
}

/** The file name DESIGN.md gives an exchange file: `CB012_2026-Q3_r1.scb`. */
export function exchangeFileName(m: Pick<ExchangeManifest, 'producer' | 'period' | 'revision'>): string {
  return `${m.producer.code}_${m.period}_r${m.revision}${EXCHANGE_FILE_EXTENSION}`;
}

/**
 * What the content document may hold: any JSON object. Its sections (report, member snapshot, events, meetings, KTGS,
 * ratings, nested unit files) are specified in docs/exchange-format.md and checked by the import that reads them.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type ExchangeContent = { [key: string]: JsonValue };
