import { describe, expect, it } from 'vitest';
import { readKeyCard, writeKeyCard } from '../../../../db/exchange/key-card';
import { fingerprintOf } from '../../../../db/exchange/keys';
import { ExchangeRefusal } from '../../../../db/exchange/refusal';
import { createTranslator } from '../../../../shared/i18n/translator';
import { testUnitKeys } from '../../../helpers/exchange-keys';

const keys = testUnitKeys('CB012');
const unit = { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo' as const };
const { t } = createTranslator('vi');

const refusalOf = (bytes: Uint8Array): ExchangeRefusal => {
  try {
    readKeyCard(bytes);
  } catch (error) {
    if (error instanceof ExchangeRefusal) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('key card', () => {
  it('reads back the unit, both public keys and the fingerprint', () => {
    const bytes = writeKeyCard(keys, unit);
    expect(readKeyCard(bytes)).toEqual({
      ...unit,
      signingKey: keys.signing.publicKey,
      exchangeKey: keys.exchange.publicKey,
      fingerprint: keys.fingerprint,
    });
    // People open the card: it is indented JSON whose card text shows the fingerprint as read aloud.
    expect(bytes.toString('utf8')).toContain(keys.fingerprint);
    expect(bytes.toString('utf8').split('\n').length).toBeGreaterThan(3);
  });

  it('survives an editor turning its line ends into CRLF', () => {
    const crlf = Buffer.from(writeKeyCard(keys, unit).toString('utf8').replace(/\n/g, '\r\n'));
    expect(readKeyCard(crlf).fingerprint).toBe(keys.fingerprint);
  });

  it('refuses a card whose key was swapped, naming what is wrong', () => {
    const file = JSON.parse(writeKeyCard(keys, unit).toString('utf8'));
    const other = testUnitKeys('XX1');
    const card = JSON.parse(file.card);
    file.card = JSON.stringify({ ...card, exchangeKey: other.exchange.publicKey });
    const swapped = refusalOf(Buffer.from(JSON.stringify(file)));
    expect(swapped.reason).toBe('key_card_bad_signature');
    expect(t(swapped.key, swapped.params)).toBe('Chữ ký của thẻ khóa đơn vị CB012 không đúng: thẻ đã bị sửa. Hãy xin đơn vị xuất lại thẻ khóa.');
    file.card = JSON.stringify({ ...card, signingKey: other.signing.publicKey });
    expect(refusalOf(Buffer.from(JSON.stringify(file))).reason).toBe('key_card_fingerprint_mismatch');
    file.card = JSON.stringify({ ...card, signingKey: other.signing.publicKey, fingerprint: fingerprintOf(Buffer.from(other.signing.publicKey, 'base64')) });
    expect(refusalOf(Buffer.from(JSON.stringify(file))).reason).toBe('key_card_bad_signature');
  });

  it('refuses every single-byte change inside the card text and the signature', () => {
    const bytes = writeKeyCard(keys, unit);
    const text = bytes.toString('utf8');
    const signed = text.indexOf('"card"');
    let tried = 0;
    for (let position = signed; position < text.lastIndexOf('"'); position += 1) {
      const changed = Buffer.from(bytes);
      changed.writeUInt8(changed.readUInt8(position) ^ 0x01, position);
      tried += 1;
      expect(() => readKeyCard(changed), `byte ${position}`).toThrow(ExchangeRefusal);
    }
    expect(tried).toBeGreaterThan(300);
  });

  it('refuses what is not a card', () => {
    expect(refusalOf(Buffer.from('{"format":"sochibo-exchange"}')).reason).toBe('not_key_card');
    expect(refusalOf(Buffer.from([0xff, 0xfe, 0x00])).reason).toBe('not_key_card');
    expect(refusalOf(Buffer.from('{"format":"sochibo-key-card","formatVersion":9}')).reason).toBe('key_card_unknown_version');
  });
});
