import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExchangeFile, writeExchangeFile } from '../../../../db/exchange/exchange-file';
import { keyCardOf } from '../../../../db/exchange/key-card';
import { ExchangeRefusal } from '../../../../db/exchange/refusal';
import type { ExchangeContent } from '../../../../shared/exchange/manifest';
import { ORG_KINDS } from '../../../../shared/org/kinds';
import { testUnitKeys } from '../../../helpers/exchange-keys';

const committee = testUnitKeys('DU05');
const committeeCard = keyCardOf(committee, { code: 'DU05', name: 'Đảng ủy phường 5', kind: 'dang_bo_co_so' });
const keysByCode = new Map<string, ReturnType<typeof testUnitKeys>>();
const keysOf = (code: string) => keysByCode.get(code) ?? keysByCode.set(code, testUnitKeys(code)).get(code)!;

/** Any JSON object, with Vietnamese text, astral characters and lone surrogates escaped by JSON itself. */
const content = fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' })) as fc.Arbitrary<ExchangeContent>;
const code = fc.stringMatching(/^[A-Z0-9][A-Z0-9.-]{0,19}$/);
const fields = fc.record({
  producer: fc.record({
    code,
    name: fc.string({ unit: 'binary', minLength: 1, maxLength: 100 }),
    kind: fc.constantFrom(...ORG_KINDS),
    parentCode: fc.option(code, { nil: null }),
  }),
  period: fc.constantFrom('2026-Q3', '2026-H1', '2026-9M', '2026', '1999-Q1'),
  revision: fc.integer({ min: 1, max: 1_000_000 }),
  supersedes: fc.option(fc.uuid({ version: 4 }), { nil: null }),
  appVersion: fc.string({ minLength: 1, maxLength: 32 }),
  // `__proto__` is not a valid key (the manifest's schema refuses it: it cannot round-trip through an object).
  counts: fc.dictionary(fc.stringMatching(/^[a-z0-9_.]{1,20}$/).filter((key) => key !== '__proto__'), fc.nat()),
  createdAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
  encrypted: fc.boolean(),
});

describe('exchange file properties', () => {
  it('whatever the fields and content, reading gives back exactly what was written', () => {
    fc.assert(
      fc.property(fields, content, ({ encrypted, ...field }, document) => {
        const keys = keysOf(field.producer.code);
        const { bytes, manifest } = writeExchangeFile({ ...field, content: document, keys, encryptTo: encrypted ? committeeCard : null });
        const read = readExchangeFile(bytes, { decryptWith: [committee] });
        expect(read.manifest).toEqual(manifest);
        expect(read.manifest.producer).toEqual(field.producer);
        expect(read.manifest.counts).toEqual(field.counts);
        expect(read.manifest.createdAt).toBe(field.createdAt.toISOString());
        expect(read.content).toEqual(JSON.parse(JSON.stringify(document)));
        expect(read.producerKey.fingerprint).toBe(keys.fingerprint);
        if (encrypted) expect(readExchangeFile(bytes).content).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it('any change of one or more bytes, any insertion or deletion, is refused', () => {
    const files = [false, true].map((encrypted) =>
      writeExchangeFile({
        producer: { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05' },
        period: '2026-Q3',
        revision: 2,
        supersedes: '6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f',
        appVersion: '0.1.0',
        counts: { members: 1 },
        content: { members: [{ name: 'Nguyễn Văn An' }] },
        keys: keysOf('CB012'),
        encryptTo: encrypted ? committeeCard : null,
      }).bytes,
    );
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), values: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), values: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), values: fc.array(fc.constant(0), { minLength: 1, maxLength: 4 }) }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...files), edit, (original, { kind, at, values }) => {
        const start = at % original.length;
        let changed: Buffer;
        if (kind === 'set') {
          changed = Buffer.from(original);
          values.forEach((value, i) => {
            if (start + i < changed.length) changed[start + i] = value;
          });
          fc.pre(!changed.equals(original));
        } else if (kind === 'insert') {
          changed = Buffer.concat([original.subarray(0, start), Buffer.from(values), original.subarray(start)]);
        } else {
          changed = Buffer.concat([original.subarray(0, start), original.subarray(start + values.length)]);
        }
        expect(() => readExchangeFile(changed, { decryptWith: [committee] })).toThrow(ExchangeRefusal);
      }),
      { numRuns: 2000 },
    );
  });
});
