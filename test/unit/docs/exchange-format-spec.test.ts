/**
 * The examples of docs/exchange-format.md verify with a verifier written from that document alone: Node's crypto and
 * zlib, none of the application's code. If this test fails, either the document or the examples are wrong.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../../db/exchange/exchange-file';
import { readKeyCard } from '../../../db/exchange/key-card';
import { ExchangeRefusal } from '../../../db/exchange/refusal';
import { block, ed25519Public, fingerprint, MANIFEST_PARTS, testKeys, verifyFromSpec as verifyFile, x25519Private } from './spec-verifier';

// §5: the period manifest's keys, in order.
const PERIOD_FILE = {
  format: 'sochibo-exchange',
  order: {
    '': ['format', 'formatVersion', 'producer', 'period', 'revision', 'bundleId', 'supersedes', 'createdAt', 'appVersion', 'counts', 'payload', 'encryption', 'producerKey'],
    ...MANIFEST_PARTS,
  },
};
const verifyFromSpec = (bytes: Buffer, recipientPrivate?: Buffer) => verifyFile(bytes, PERIOD_FILE, recipientPrivate);

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
