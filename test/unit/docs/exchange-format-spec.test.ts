/**
 * The examples of docs/exchange-format.md verify with a verifier written from that document alone: Node's crypto and
 * zlib, none of the application's code. If this test fails, either the document or the examples are wrong.
 */
import { createHash, createPrivateKey, createPublicKey, createDecipheriv, diffieHellman, hkdfSync, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../../db/exchange/exchange-file';
import { readKeyCard } from '../../../db/exchange/key-card';
import { ExchangeRefusal } from '../../../db/exchange/refusal';

const spec = readFileSync(fileURLToPath(new URL('../../../docs/exchange-format.md', import.meta.url)), 'utf8');

function block(info: string): string {
  const match = new RegExp('```' + info + '\\n([\\s\\S]*?)\\n```').exec(spec);
  if (!match?.[1]) throw new Error(`no ${info} block in the spec`);
  return match[1];
}

const testKeys = Object.fromEntries(
  block('text test-keys')
    .split('\n')
    .map((line) => /^(.+?):\s+(.+)$/.exec(line)!)
    .map(([, name, value]) => [name!, value!]),
);

// §2: raw keys and their fixed DER prefixes (RFC 8410).
const ed25519Public = (raw: Buffer) => createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
const x25519Public = (raw: Buffer) => createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b656e032100', 'hex'), raw]), format: 'der', type: 'spki' });
const x25519Private = (raw: Buffer) => createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), raw]), format: 'der', type: 'pkcs8' });

// §10.
function fingerprint(publicKey: Buffer): string {
  const h = createHash('sha256').update(publicKey).digest();
  return [0, 1, 2, 3, 4, 5].map((i) => String(h.readUIntBE(5 * i, 5) % 100000).padStart(5, '0')).join(' ');
}

// §3: the keys in the listed order, and JSON.stringify's bytes.
function isCanonical(text: string, value: unknown, order: Record<string, string[]>, path = ''): boolean {
  const walk = (v: unknown, at: string): boolean => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return true;
    const keys = Object.keys(v);
    const listed = order[at];
    if (listed && keys.join() !== listed.join()) return false;
    if (!listed && keys.join() !== [...keys].sort().join()) return false;
    return keys.every((key) => walk((v as Record<string, unknown>)[key], at ? `${at}.${key}` : key));
  };
  return walk(value, path) && JSON.stringify(value) === text;
}

const ORDER = {
  '': ['format', 'formatVersion', 'producer', 'period', 'revision', 'bundleId', 'supersedes', 'createdAt', 'appVersion', 'counts', 'payload', 'encryption', 'producerKey'],
  producer: ['code', 'name', 'kind', 'parentCode'],
  payload: ['encoding', 'length', 'sha256'],
  encryption: ['scheme', 'recipient', 'ephemeralKey', 'iv', 'tag'],
  'encryption.recipient': ['code', 'fingerprint', 'exchangeKey'],
  producerKey: ['algorithm', 'publicKey', 'fingerprint'],
};

/** §8, steps 1–11, for a file; returns the manifest and the content (null when encrypted and no key). */
function verifyFromSpec(bytes: Buffer, recipientPrivate?: Buffer) {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  const envelope = JSON.parse(text);
  expect(envelope.format).toBe('sochibo-exchange');
  expect(envelope.formatVersion).toBe(1);
  expect(Object.keys(envelope)).toEqual(['format', 'formatVersion', 'manifest', 'signature', 'payload']);
  const signature = Buffer.from(envelope.signature, 'base64');
  const payload = Buffer.from(envelope.payload, 'base64');
  expect(JSON.stringify({ ...envelope, signature: signature.toString('base64'), payload: payload.toString('base64') })).toBe(text);
  const manifest = JSON.parse(envelope.manifest);
  expect(isCanonical(envelope.manifest, manifest, ORDER)).toBe(true);
  const producerKey = Buffer.from(manifest.producerKey.publicKey, 'base64');
  expect(manifest.producerKey.algorithm).toBe('ed25519');
  expect(fingerprint(producerKey)).toBe(manifest.producerKey.fingerprint);
  expect(signature.length).toBe(64);
  expect(verify(null, Buffer.from(envelope.manifest, 'utf8'), ed25519Public(producerKey), signature)).toBe(true);
  expect(payload.length).toBe(manifest.payload.length);
  expect(createHash('sha256').update(payload).digest('hex')).toBe(manifest.payload.sha256);
  let packed = payload;
  if (manifest.encryption !== null) {
    if (!recipientPrivate) return { manifest, content: null };
    const e = manifest.encryption;
    expect(e.scheme).toBe('x25519-hkdf-sha256-aes-256-gcm');
    const ephemeral = Buffer.from(e.ephemeralKey, 'base64');
    const recipient = Buffer.from(e.recipient.exchangeKey, 'base64');
    const shared = diffieHellman({ privateKey: x25519Private(recipientPrivate), publicKey: x25519Public(ephemeral) });
    const key = Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeral, recipient]), 'sochibo-exchange/1 payload key', 32));
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(e.iv, 'base64'), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(manifest.bundleId, 'utf8'));
    decipher.setAuthTag(Buffer.from(e.tag, 'base64'));
    packed = Buffer.concat([decipher.update(payload), decipher.final()]);
  }
  return { manifest, content: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(packed))) };
}

const CONTENT = { example: true, members: [{ name: 'Nguyễn Văn An' }, { name: 'Trần Thị Bình' }] };

describe('docs/exchange-format.md', () => {
  it('its test keys are what it says they are: SHA-256 of their labels, with the stated fingerprints', () => {
    const seed = (label: string) => createHash('sha256').update(label).digest('hex');
    expect(testKeys['CB012 Ed25519 private (raw, hex)']).toBe(seed('sochibo test CB012 signing'));
    expect(testKeys['DU05 X25519 private (raw, hex)']).toBe(seed('sochibo test DU05 exchange'));
    expect(fingerprint(Buffer.from(testKeys['CB012 Ed25519 public (base64)']!, 'base64'))).toBe(testKeys['CB012 fingerprint']);
    const du05Public = createPublicKey(x25519Private(Buffer.from(testKeys['DU05 X25519 private (raw, hex)']!, 'hex')));
    expect(du05Public.export({ format: 'der', type: 'spki' }).subarray(12).toString('base64')).toBe(testKeys['DU05 X25519 public (base64)']);
  });

  it("the plain example verifies with the spec's own verifier and holds the stated content", () => {
    const { manifest, content } = verifyFromSpec(Buffer.from(block('json example-plain'), 'utf8'));
    expect(manifest.producer).toEqual({ code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05' });
    expect(manifest.producerKey.publicKey).toBe(testKeys['CB012 Ed25519 public (base64)']);
    expect(content).toEqual(CONTENT);
  });

  it('the encrypted example verifies without a key and opens with the TEST ONLY DU05 key', () => {
    const bytes = Buffer.from(block('json example-encrypted'), 'utf8');
    expect(verifyFromSpec(bytes).content).toBeNull();
    const { manifest, content } = verifyFromSpec(bytes, Buffer.from(testKeys['DU05 X25519 private (raw, hex)']!, 'hex'));
    expect(manifest.encryption.recipient.fingerprint).toBe(testKeys['DU05 fingerprint']);
    expect(content).toEqual(CONTENT);
  });

  it('the key card example verifies from the spec, and the application reads all three examples alike', () => {
    const text = block('json example-key-card');
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(['format', 'formatVersion', 'card', 'signature']);
    const card = JSON.parse(file.card);
    expect(Object.keys(card)).toEqual(['code', 'name', 'kind', 'signingKey', 'exchangeKey', 'fingerprint']);
    expect(JSON.stringify(card)).toBe(file.card);
    const signingKey = Buffer.from(card.signingKey, 'base64');
    expect(fingerprint(signingKey)).toBe(card.fingerprint);
    expect(verify(null, Buffer.from(file.card, 'utf8'), ed25519Public(signingKey), Buffer.from(file.signature, 'base64'))).toBe(true);
    expect(card.exchangeKey).toBe(testKeys['DU05 X25519 public (base64)']);

    expect(readKeyCard(Buffer.from(text)).fingerprint).toBe(card.fingerprint);
    expect(readExchangeFile(Buffer.from(block('json example-plain'))).content).toEqual(CONTENT);
    expect(readExchangeFile(Buffer.from(block('json example-encrypted'))).manifest.encryption?.recipient.code).toBe('DU05');
  });

  it('a one-byte change of the example is refused by the application', () => {
    const bytes = Buffer.from(block('json example-plain'), 'utf8');
    bytes[bytes.indexOf('2026-Q3')] = '3'.charCodeAt(0);
    expect(() => readExchangeFile(bytes)).toThrow(ExchangeRefusal);
  });
});
