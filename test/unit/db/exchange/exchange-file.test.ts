import { describe, expect, it } from 'vitest';
import { readExchangeFile, writeExchangeFile, type ExchangeFileInput } from '../../../../db/exchange/exchange-file';
import { keyCardOf } from '../../../../db/exchange/key-card';
import { ExchangeRefusal } from '../../../../db/exchange/refusal';
import { exchangeFileName } from '../../../../shared/exchange/manifest';
import { createTranslator } from '../../../../shared/i18n/translator';
import { testUnitKeys } from '../../../helpers/exchange-keys';

const cell = testUnitKeys('CB012');
const committee = testUnitKeys('DU05');
const stranger = testUnitKeys('DU99');
const committeeCard = keyCardOf(committee, { code: 'DU05', name: 'Đảng ủy phường 5', kind: 'dang_bo_co_so' });

const input = (overrides: Partial<ExchangeFileInput> = {}): ExchangeFileInput => ({
  producer: { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05' },
  period: '2026-Q3',
  revision: 1,
  supersedes: null,
  appVersion: '0.1.0',
  counts: { members: 2, events: 3 },
  content: { report: { 'members.total': 2 }, note: 'Chi bộ Khu phố 3 — quý III' },
  keys: cell,
  bundleId: '6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f',
  createdAt: new Date('2026-10-02T08:00:00.000Z'),
  ...overrides,
});

const refusal = (action: () => unknown): ExchangeRefusal => {
  try {
    action();
  } catch (error) {
    if (error instanceof ExchangeRefusal) return error;
    throw error;
  }
  throw new Error('not refused');
};

const { t } = createTranslator('vi');
const say = (error: ExchangeRefusal) => t(error.key, error.params);

describe('exchange file', () => {
  it('reads back what was written, with the manifest verified and the producer key', () => {
    const { bytes, manifest } = writeExchangeFile(input());
    const read = readExchangeFile(bytes);
    expect(read.content).toEqual(input().content);
    expect(read.manifest).toEqual(manifest);
    expect(read.manifest.producer).toEqual({ code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05' });
    expect(read.manifest.encryption).toBeNull();
    expect(read.producerKey).toEqual({ publicKey: cell.signing.publicKey, fingerprint: cell.fingerprint });
    expect(cell.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(exchangeFileName(manifest)).toBe('CB012_2026-Q3_r1.scb');
  });

  it('is one line of JSON whose routing fields are readable without any key', () => {
    const { bytes } = writeExchangeFile(input({ encryptTo: committeeCard }));
    const envelope = JSON.parse(bytes.toString('utf8'));
    expect(Object.keys(envelope)).toEqual(['format', 'formatVersion', 'manifest', 'signature', 'payload']);
    const manifest = JSON.parse(envelope.manifest);
    expect(manifest.producer.code).toBe('CB012');
    expect(manifest.period).toBe('2026-Q3');
    expect(manifest.encryption.recipient).toEqual({ code: 'DU05', fingerprint: committee.fingerprint, exchangeKey: committee.exchange.publicKey });
    expect(bytes.toString('utf8')).not.toContain('Khu phố 3 — quý III');
  });

  it('encrypted to the parent: verified by anyone, opened only with the parent key', () => {
    const { bytes } = writeExchangeFile(input({ encryptTo: committeeCard }));
    const unopened = readExchangeFile(bytes);
    expect(unopened.content).toBeNull();
    expect(unopened.manifest.revision).toBe(1);
    expect(readExchangeFile(bytes, { decryptWith: [committee] }).content).toEqual(input().content);
  });

  it('refuses an encrypted file at another unit, naming the intended recipient', () => {
    const { bytes } = writeExchangeFile(input({ encryptTo: committeeCard }));
    const error = refusal(() => readExchangeFile(bytes, { decryptWith: [stranger] }));
    expect(error.reason).toBe('not_for_this_unit');
    expect(say(error)).toBe(
      `Tệp này được mã hóa cho đơn vị DU05 (dấu vân tay khóa ${committee.fingerprint}), không phải cho đơn vị này (khóa ${stranger.fingerprint}). Chỉ đơn vị nhận mới mở được nội dung.`,
    );
  });

  it('refuses a file re-signed by another key than the one it states', () => {
    const { bytes } = writeExchangeFile(input());
    const envelope = JSON.parse(bytes.toString('utf8'));
    const forged = writeExchangeFile(input({ keys: { ...stranger, code: 'CB012' } }));
    envelope.signature = JSON.parse(forged.bytes.toString('utf8')).signature;
    const error = refusal(() => readExchangeFile(Buffer.from(JSON.stringify(envelope))));
    expect(error.reason).toBe('bad_signature');
    expect(say(error)).toContain('Chữ ký của tệp trao đổi không đúng (đơn vị CB012');
  });

  it('says what is wrong: not an exchange file, an unknown version, a changed payload', () => {
    expect(refusal(() => readExchangeFile(Buffer.from('PK\u0003\u0004 a spreadsheet'))).reason).toBe('not_exchange_file');
    expect(say(refusal(() => readExchangeFile(Buffer.from('{"format":"sochibo-exchange","formatVersion":2}'))))).toBe(
      'Tệp trao đổi này theo phiên bản định dạng 2, phiên bản ứng dụng này chỉ đọc được phiên bản 1. Hãy cài phiên bản mới nhất của Sổ Chi bộ.',
    );
    const envelope = JSON.parse(writeExchangeFile(input()).bytes.toString('utf8'));
    const payload = Buffer.from(envelope.payload, 'base64');
    payload.writeUInt8(payload.readUInt8(payload.length - 1) ^ 1, payload.length - 1);
    envelope.payload = payload.toString('base64');
    expect(refusal(() => readExchangeFile(Buffer.from(JSON.stringify(envelope)))).reason).toBe('hash_mismatch');
    const pretty = Buffer.from(JSON.stringify(JSON.parse(writeExchangeFile(input()).bytes.toString('utf8')), null, 1));
    expect(refusal(() => readExchangeFile(pretty)).reason).toBe('not_canonical');
  });

  it('refuses every single-byte change of a sample file', () => {
    const { bytes } = writeExchangeFile(input({ encryptTo: committeeCard, content: { n: 1 } }));
    expect(bytes.length).toBeLessThan(2500);
    const accepted: string[] = [];
    for (let position = 0; position < bytes.length; position += 1) {
      for (const flip of [0x01, 0x20, 0x80]) {
        const changed = Buffer.from(bytes);
        changed.writeUInt8(changed.readUInt8(position) ^ flip, position);
        try {
          readExchangeFile(changed, { decryptWith: [committee] });
          accepted.push(`${position}^${flip}`);
        } catch (error) {
          if (!(error instanceof ExchangeRefusal)) throw error;
        }
      }
    }
    expect(accepted).toEqual([]);
  });

  it('refuses a file cut short or with a byte added', () => {
    const { bytes } = writeExchangeFile(input());
    expect(() => readExchangeFile(bytes.subarray(0, bytes.length - 1))).toThrow(ExchangeRefusal);
    expect(() => readExchangeFile(Buffer.concat([bytes, Buffer.from('\n')]))).toThrow(ExchangeRefusal);
    expect(() => readExchangeFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]))).toThrow(ExchangeRefusal);
  });

  it('will not sign a file of another unit with these keys', () => {
    expect(() => writeExchangeFile(input({ keys: committee }))).toThrow(/cannot sign a file of CB012/);
  });
});
