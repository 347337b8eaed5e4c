/**
 * A verifier of docs/exchange-format.md written from that document alone: Node's crypto and zlib, none of the
 * application's code. Shared by the tests of the period file's examples (§14) and the transfer file's (§15), which
 * are the same container under two format names.
 */
import { createDecipheriv, createHash, createPrivateKey, createPublicKey, diffieHellman, hkdfSync, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { expect } from 'vitest';

const spec = readFileSync(fileURLToPath(new URL('../../../docs/exchange-format.md', import.meta.url)), 'utf8');

/** The text of the spec's fenced block whose info string is `info`. */
export function block(info: string): string {
  const match = new RegExp('```' + info + '\\n([\\s\\S]*?)\\n```').exec(spec);
  if (!match?.[1]) throw new Error(`no ${info} block in the spec`);
  return match[1];
}

/** §14's TEST ONLY keys, by their label. */
export const testKeys: Record<string, string> = Object.fromEntries(
  block('text test-keys')
    .split('\n')
    .map((line) => /^(.+?):\s+(.+)$/.exec(line)!)
    .map(([, name, value]) => [name!, value!]),
);

// §2: raw keys and their fixed DER prefixes (RFC 8410).
export const ed25519Public = (raw: Buffer) => createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
const x25519Public = (raw: Buffer) => createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b656e032100', 'hex'), raw]), format: 'der', type: 'spki' });
export const x25519Private = (raw: Buffer) => createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), raw]), format: 'der', type: 'pkcs8' });

/** §10. */
export function fingerprint(publicKey: Buffer): string {
  const h = createHash('sha256').update(publicKey).digest();
  return [0, 1, 2, 3, 4, 5].map((i) => String(h.readUIntBE(5 * i, 5) % 100000).padStart(5, '0')).join(' ');
}

/** The order of an object's keys by its path ('' the top); an object not listed is a map, its keys sorted. */
export type KeyOrder = Record<string, string[]>;

/** §3: the keys in the listed order, and JSON.stringify's bytes. */
export function isCanonical(text: string, value: unknown, order: KeyOrder, path = ''): boolean {
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

/** The objects every manifest shares (§5), under the keys of the manifest's own top level. */
export const MANIFEST_PARTS: KeyOrder = {
  producer: ['code', 'name', 'kind', 'parentCode'],
  payload: ['encoding', 'length', 'sha256'],
  encryption: ['scheme', 'recipient', 'ephemeralKey', 'iv', 'tag'],
  'encryption.recipient': ['code', 'fingerprint', 'exchangeKey'],
  producerKey: ['algorithm', 'publicKey', 'fingerprint'],
};

/** What differs between the two files: the format name (§4, §15.1) and the manifest's keys (§5, §15.2). */
export interface FileKind {
  format: string;
  order: KeyOrder;
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** §8, steps 1–11, for a file of `kind`; returns the manifest and the content (null when encrypted and no key). */
export function verifyFromSpec(bytes: Buffer, kind: FileKind, recipientPrivate?: Buffer) {
  const text = utf8(bytes);
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  const envelope = JSON.parse(text);
  expect(envelope.format).toBe(kind.format);
  expect(envelope.formatVersion).toBe(1);
  expect(Object.keys(envelope)).toEqual(['format', 'formatVersion', 'manifest', 'signature', 'payload']);
  const signature = Buffer.from(envelope.signature, 'base64');
  const payload = Buffer.from(envelope.payload, 'base64');
  expect(JSON.stringify({ ...envelope, signature: signature.toString('base64'), payload: payload.toString('base64') })).toBe(text);
  const manifest = JSON.parse(envelope.manifest);
  expect(manifest.format).toBe(kind.format);
  expect(manifest.formatVersion).toBe(1);
  expect(isCanonical(envelope.manifest, manifest, kind.order)).toBe(true);
  const producerKey = Buffer.from(manifest.producerKey.publicKey, 'base64');
  expect(manifest.producerKey.algorithm).toBe('ed25519');
  expect(fingerprint(producerKey)).toBe(manifest.producerKey.fingerprint);
  expect(signature.length).toBe(64);
  expect(verify(null, Buffer.from(envelope.manifest, 'utf8'), ed25519Public(producerKey), signature)).toBe(true);
  expect(manifest.payload.encoding).toBe('gzip+json');
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
  return { manifest, content: JSON.parse(utf8(gunzipSync(packed))) };
}
