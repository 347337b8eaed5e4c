import { createHash, randomUUID, sign, verify } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { z } from 'zod';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  PAYLOAD_ENCODING,
  SIGNATURE_ALGORITHM,
  manifestJson,
  manifestSchema,
  type ExchangeContent,
  type ExchangeEncryption,
  type ExchangeManifest,
  type ExchangeProducer,
} from '../../shared/exchange/manifest';
import type { KeyCard } from '../../shared/exchange/key-card';
import { TRANSFER_FORMAT } from '../../shared/exchange/transfer-manifest';
import { decryptPayload, encryptPayload } from './encryption';
import { fingerprintOf, publicKeyFromRaw, type UnitKeys } from './keys';
import { ExchangeRefusal } from './refusal';

/**
 * The exchange file (docs/exchange-format.md): a UTF-8 JSON envelope holding the manifest as a string (the exact bytes
 * signed), the Ed25519 signature of those bytes, and the stored payload (gzip of the content document, encrypted when
 * the file is for one recipient) whose length and SHA-256 the manifest carries. Nothing in the file is outside the
 * signature's reach: the reader rebuilds the envelope from what it parsed and refuses a file that differs by one byte.
 * The member transfer file is the same envelope under its own `format` and manifest (`EnvelopeKind`).
 */

/** Larger files are refused before parsing; the content may unpack to at most MAX_CONTENT_BYTES (no zip bombs). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
export const MAX_CONTENT_BYTES = 256 * 1024 * 1024;

const ENVELOPE_KEYS = ['format', 'formatVersion', 'manifest', 'signature', 'payload'] as const;

/** What tells one signed file format from another: its name and version, its manifest's schema and canonical text. */
export interface EnvelopeKind<M extends EnvelopeManifest> {
  format: string;
  formatVersion: number;
  schema: z.ZodType<M>;
  canonical(manifest: M): string;
}

/** The manifest fields the envelope itself reads, the same in every format. */
export interface EnvelopeManifest {
  producer: { code: string };
  bundleId: string;
  payload: { length: number; sha256: string };
  encryption: ExchangeEncryption | null;
  producerKey: { publicKey: string; fingerprint: string };
}

const EXCHANGE_KIND: EnvelopeKind<ExchangeManifest> = {
  format: EXCHANGE_FORMAT,
  formatVersion: EXCHANGE_FORMAT_VERSION,
  schema: manifestSchema,
  canonical: manifestJson,
};

function envelopeJson(kind: { format: string; formatVersion: number }, manifest: string, signature: Buffer, payload: Buffer): string {
  return JSON.stringify({
    format: kind.format,
    formatVersion: kind.formatVersion,
    manifest,
    signature: signature.toString('base64'),
    payload: payload.toString('base64'),
  });
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface ExchangeFileInput {
  producer: ExchangeProducer;
  /** `2026-Q3`, `2026-H1`, `2026-9M` or `2026`. */
  period: string;
  /** 1 for the first file of (unit, period), one more for each correction. */
  revision: number;
  /** The bundle id of the file this one corrects, null for a first file. */
  supersedes: string | null;
  appVersion: string;
  /** What the content holds, by stable key (members, events, meetings…), shown before the content is opened. */
  counts: Record<string, number>;
  content: ExchangeContent;
  /** The producer's own keys; their unit code must be the producer's. */
  keys: UnitKeys;
  /** The parent's key card: the content is then readable only with the parent's private key. */
  encryptTo?: KeyCard | null;
  /** Fixed by tests and the spec's example; a random UUID and the clock otherwise. */
  bundleId?: string;
  createdAt?: Date;
}

export interface WrittenExchangeFile {
  bytes: Buffer;
  manifest: ExchangeManifest;
}

/** What every envelope's manifest says of its payload and signer, filled in by `sealEnvelope`. */
export type SealedFields = Pick<ExchangeManifest, 'bundleId' | 'payload' | 'encryption' | 'producerKey'>;

export interface SealInput {
  content: ExchangeContent;
  /** The producer's own keys. */
  keys: UnitKeys;
  /** The recipient's key card: the content is then readable only with the recipient's private key. */
  encryptTo?: KeyCard | null | undefined;
  bundleId?: string | undefined;
}

/**
 * Compresses, optionally encrypts and signs `content` in an envelope of `kind`; `manifestOf` completes the manifest
 * from the fields the envelope fills in. The manifest is checked against the kind's own schema before it is signed:
 * what we sign must be what a reader accepts, so a bad field is the caller's mistake, caught here and not by the reader.
 */
export function sealEnvelope<M extends EnvelopeManifest>(
  kind: EnvelopeKind<M>,
  input: SealInput,
  manifestOf: (sealed: SealedFields) => M,
): { bytes: Buffer; manifest: M } {
  const bundleId = input.bundleId ?? randomUUID();
  const packed = gzipSync(Buffer.from(JSON.stringify(input.content), 'utf8'), { level: 9 });
  const sealed = input.encryptTo ? encryptPayload(packed, input.encryptTo, bundleId) : { ciphertext: packed, encryption: null };
  const draft = manifestOf({
    bundleId,
    payload: { encoding: PAYLOAD_ENCODING, length: sealed.ciphertext.length, sha256: sha256(sealed.ciphertext) },
    encryption: sealed.encryption,
    producerKey: { algorithm: SIGNATURE_ALGORITHM, publicKey: input.keys.signing.publicKey, fingerprint: input.keys.fingerprint },
  });
  if (input.keys.code !== draft.producer.code) {
    throw new Error(`the keys of ${input.keys.code} cannot sign a file of ${draft.producer.code}`);
  }
  const manifest = kind.schema.parse(draft);
  const text = kind.canonical(manifest);
  const signature = sign(null, Buffer.from(text, 'utf8'), input.keys.signing.privateKey);
  return { bytes: Buffer.from(envelopeJson(kind, text, signature, sealed.ciphertext), 'utf8'), manifest };
}

/** Builds, compresses, optionally encrypts and signs an exchange file; write it with writeFileAtomically. */
export function writeExchangeFile(input: ExchangeFileInput): WrittenExchangeFile {
  return sealEnvelope(EXCHANGE_KIND, input, (sealed) => ({
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    producer: input.producer,
    period: input.period,
    revision: input.revision,
    bundleId: sealed.bundleId,
    supersedes: input.supersedes,
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    appVersion: input.appVersion,
    counts: input.counts,
    payload: sealed.payload,
    encryption: sealed.encryption,
    producerKey: sealed.producerKey,
  }));
}

export interface ReadExchangeOptions {
  /** This unit's keys: an encrypted file addressed to one of them is opened, one addressed to another unit is refused. */
  decryptWith?: readonly UnitKeys[];
}

export interface EnvelopeReading<M> {
  /** Checked: format, canonical form, producer key and fingerprint, signature, payload length and hash. */
  manifest: M;
  /** The content document; null when the file is encrypted and no key to open it was given. */
  content: ExchangeContent | null;
  /** The key that signed the file (self-declared: whether it is the unit's is the import's check, by pinning). */
  producerKey: { publicKey: string; fingerprint: string };
  /** SHA-256 of the whole file: the same file again has the same value. */
  fileSha256: string;
}

export type ExchangeFileReading = EnvelopeReading<ExchangeManifest>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Reads and verifies an exchange file, in the order of the specification's verification algorithm. */
export function readExchangeFile(bytes: Uint8Array, options: ReadExchangeOptions = {}): ExchangeFileReading {
  try {
    return readEnvelope(bytes, EXCHANGE_KIND, options);
  } catch (error) {
    // A member's transfer file given here by mistake: say what it is and where it goes.
    if (error instanceof ExchangeRefusal && error.reason === 'not_exchange_file' && envelopeFormatOf(bytes) === TRANSFER_FORMAT) {
      throw new ExchangeRefusal('transfer_file');
    }
    throw error;
  }
}

/**
 * The `format` an envelope names, without checking anything else: to say what kind of file was given when it is not
 * the kind expected (a period file given to the transfer import). Undefined when the bytes are no JSON object.
 */
export function envelopeFormatOf(bytes: Uint8Array): unknown {
  if (bytes.length > MAX_FILE_BYTES) return undefined;
  const text = decodeUtf8(bytes);
  const envelope = text === undefined ? undefined : parseJson(text);
  return isPlainObject(envelope) ? envelope.format : undefined;
}

/** Reads and verifies an envelope of `kind`; its refusals are the exchange file's (`ExchangeRefusal`). */
export function readEnvelope<M extends EnvelopeManifest>(bytes: Uint8Array, kind: EnvelopeKind<M>, options: ReadExchangeOptions = {}): EnvelopeReading<M> {
  if (bytes.length > MAX_FILE_BYTES) throw new ExchangeRefusal('too_large', { size: bytes.length, max: MAX_FILE_BYTES });
  const text = decodeUtf8(bytes);
  const envelope = text === undefined ? undefined : parseJson(text);
  if (!isPlainObject(envelope) || envelope.format !== kind.format) throw new ExchangeRefusal('not_exchange_file');
  if (envelope.formatVersion !== kind.formatVersion) {
    throw new ExchangeRefusal('unknown_version', { version: String(envelope.formatVersion), supported: kind.formatVersion });
  }
  const keys = Object.keys(envelope);
  const odd = keys.find((key) => !(ENVELOPE_KEYS as readonly string[]).includes(key)) ?? ENVELOPE_KEYS.find((key) => !keys.includes(key));
  if (odd !== undefined) throw new ExchangeRefusal('malformed', { field: odd });
  for (const field of ['manifest', 'signature', 'payload'] as const) {
    if (typeof envelope[field] !== 'string') throw new ExchangeRefusal('malformed', { field });
  }
  const manifestText = envelope.manifest as string;
  const signature = Buffer.from(envelope.signature as string, 'base64');
  const payload = Buffer.from(envelope.payload as string, 'base64');
  // Whitespace, key order, escapes, base64 spelling: anything but the writer's own bytes is a changed file.
  if (envelopeJson(kind, manifestText, signature, payload) !== text) throw new ExchangeRefusal('not_canonical');

  const parsed = kind.schema.safeParse(parseJson(manifestText));
  if (!parsed.success) {
    throw new ExchangeRefusal('malformed', { field: `manifest.${parsed.error.issues[0]?.path.join('.') ?? ''}` });
  }
  const manifest = parsed.data;
  if (kind.canonical(manifest) !== manifestText) throw new ExchangeRefusal('not_canonical');

  const publicKey = Buffer.from(manifest.producerKey.publicKey, 'base64');
  const fingerprint = fingerprintOf(publicKey);
  if (fingerprint !== manifest.producerKey.fingerprint) {
    throw new ExchangeRefusal('fingerprint_mismatch', { stated: manifest.producerKey.fingerprint, actual: fingerprint });
  }
  let signed = false;
  try {
    signed = signature.length === 64 && verify(null, Buffer.from(manifestText, 'utf8'), publicKeyFromRaw('ed25519', publicKey), signature);
  } catch {
    signed = false;
  }
  if (!signed) throw new ExchangeRefusal('bad_signature', { code: manifest.producer.code, fingerprint });
  if (payload.length !== manifest.payload.length || sha256(payload) !== manifest.payload.sha256) {
    throw new ExchangeRefusal('hash_mismatch');
  }

  const producerKey = { publicKey: manifest.producerKey.publicKey, fingerprint };
  const fileSha256 = sha256(bytes);
  let packed: Buffer = payload;
  if (manifest.encryption) {
    if (options.decryptWith === undefined) return { manifest, content: null, producerKey, fileSha256 };
    packed = decryptPayload(payload, manifest.encryption, options.decryptWith, manifest.bundleId);
  }
  return { manifest, content: unpackContent(packed), producerKey, fileSha256 };
}

/** The content document: gzip of UTF-8 JSON, an object. Signed and hashed, so a failure here is the producer's bug. */
function unpackContent(packed: Buffer): ExchangeContent {
  let json: string | undefined;
  try {
    json = decodeUtf8(gunzipSync(packed, { maxOutputLength: MAX_CONTENT_BYTES }));
  } catch {
    json = undefined;
  }
  const content = json === undefined ? undefined : parseJson(json);
  if (!isPlainObject(content)) throw new ExchangeRefusal('content_unreadable');
  return content as ExchangeContent;
}
