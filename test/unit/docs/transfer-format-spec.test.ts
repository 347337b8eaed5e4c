/**
 * The member transfer file example of docs/exchange-format.md (§15.6) verifies with a verifier written from that
 * document alone (./spec-verifier.ts: Node's crypto and zlib), and the application reads it as it says. If this test
 * fails, either the document or the example is wrong.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../../db/exchange/exchange-file';
import { ExchangeRefusal } from '../../../db/exchange/refusal';
import { TransferRefusal } from '../../../db/exchange/transfer/refusal';
import { readTransferFile } from '../../../db/exchange/transfer/transfer-file';
import { transferContentSchema } from '../../../shared/exchange/transfer-content';
import { openExportRegister, type ExportRegister } from '../db/exchange/export/export-register';
import { block, MANIFEST_PARTS, testKeys, verifyFromSpec } from './spec-verifier';

// §15.2: the transfer manifest's keys, in order.
const TRANSFER_FILE = {
  format: 'sochibo-transfer',
  order: { '': ['format', 'formatVersion', 'producer', 'bundleId', 'createdAt', 'appVersion', 'payload', 'encryption', 'producerKey'], ...MANIFEST_PARTS },
};

// §12: the record of a snapshot member; its state; an event. §15.4: the rest of the transfer content.
const RECORD_KEYS = [
  'fullName', 'gender', 'birthDate', 'birthName', 'birthPlace', 'hometown', 'permanentAddress', 'temporaryAddress', 'ethnicity', 'religion',
  'citizenId', 'phone', 'occupation', 'position', 'generalEducation', 'qualification', 'academicTitle', 'theoryLevel', 'partyCardNumber', 'note',
];
const STATE_KEYS = ['status', 'countedHere', 'temporarilyAttached', 'admittedOn', 'officialOn', 'probationEndsOn', 'partyAgeMonths'];
const EVENT_KEYS = ['memberId', 'type', 'date', 'seq', 'details'];
const PRESENCE = ['transferred_in', 'transferred_out', 'temporary_in', 'temporary_in_end', 'temporary_out', 'temporary_out_return'];
const UNIT_KINDS = ['chi_bo', 'chi_bo_co_so', 'dang_bo_bo_phan', 'dang_bo_co_so', 'cap_tren'];

const UNIT_CODE = /^[A-Z0-9][A-Z0-9.-]{0,19}$/;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "Exactly the keys listed, in any order" (§15.4). */
const keysOf = (value: object) => Object.keys(value).sort();
const exactly = (keys: string[]) => [...keys].sort();

const example = () => Buffer.from(block('json example-transfer'), 'utf8');
const CONTENT: unknown = JSON.parse(block('json example-transfer-content'));

/** Why the application's reader refuses a file ('accepted' when it does not). */
function reasonOf(read: () => unknown): string {
  try {
    read();
    return 'accepted';
  } catch (error) {
    if (error instanceof TransferRefusal || error instanceof ExchangeRefusal) return error.reason;
    throw error;
  }
}

describe('docs/exchange-format.md §15, the member transfer file', () => {
  it("the example verifies with the spec's own verifier: sochibo-transfer, canonical, signed by the TEST ONLY CB012 key", () => {
    const { manifest, content } = verifyFromSpec(example(), TRANSFER_FILE);
    expect(manifest.producer).toEqual({ code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05' });
    expect(manifest.producer.code).toMatch(UNIT_CODE);
    expect(manifest.producer.parentCode).toMatch(UNIT_CODE);
    expect(UNIT_KINDS).toContain(manifest.producer.kind);
    expect(manifest.bundleId).toMatch(UUID_V4);
    expect(manifest.createdAt).toMatch(TIME);
    expect(new Date(manifest.createdAt).toISOString()).toBe(manifest.createdAt);
    expect(manifest.appVersion.length).toBeGreaterThanOrEqual(1);
    expect(manifest.appVersion.length).toBeLessThanOrEqual(64);
    expect(manifest.encryption).toBeNull();
    expect(manifest.producerKey.publicKey).toBe(testKeys['CB012 Ed25519 public (base64)']);
    expect(manifest.producerKey.fingerprint).toBe(testKeys['CB012 fingerprint']);
    expect(content).toEqual(CONTENT);
  });

  it('its payload is one gzip member with time 0 holding UTF-8 JSON without whitespace (§6)', () => {
    const payload = Buffer.from(JSON.parse(block('json example-transfer')).payload, 'base64');
    expect([...payload.subarray(0, 3)]).toEqual([0x1f, 0x8b, 8]);
    expect(payload.readUInt32LE(4)).toBe(0);
    expect(gunzipSync(payload).toString('utf8')).toBe(JSON.stringify(CONTENT));
  });

  it('its content is transfer content version 1 and holds together (§15.3 step 13, §15.4)', () => {
    const content = verifyFromSpec(example(), TRANSFER_FILE).content;
    expect(keysOf(content)).toEqual(exactly(['contentVersion', 'member', 'transferOut', 'stateOnTransfer', 'events']));
    expect(content.contentVersion).toBe(1);
    const { member, transferOut, stateOnTransfer, events } = content;
    expect(keysOf(member)).toEqual(exactly(['id', 'unit', 'record']));
    expect(Number.isInteger(member.id) && member.id > 0).toBe(true);
    expect(keysOf(member.unit)).toEqual(exactly(['code', 'name', 'kind']));
    expect(member.unit.code).toMatch(UNIT_CODE);
    expect(UNIT_KINDS).toContain(member.unit.kind);
    expect(keysOf(member.record)).toEqual(exactly(RECORD_KEYS));
    for (const value of Object.values(member.record)) expect(value === null || typeof value === 'string').toBe(true);
    expect(keysOf(transferOut)).toEqual(exactly(['date', 'otherUnit', 'decisionNumber', 'issuedBy', 'note']));
    expect(transferOut.date).toMatch(DATE);
    expect(transferOut.otherUnit.length).toBeGreaterThan(0);
    expect(keysOf(stateOnTransfer)).toEqual(exactly(STATE_KEYS));

    const ordered = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
    expect(events).toEqual(ordered);
    for (const event of events) {
      expect(keysOf(event)).toEqual(exactly(EVENT_KEYS));
      expect(event.memberId).toBe(member.id);
      expect(event.date).toMatch(DATE);
    }
    const lastPresence = events.filter((event: { type: string }) => PRESENCE.includes(event.type)).at(-1);
    expect(lastPresence).toMatchObject({ type: 'transferred_out', date: transferOut.date, details: { otherUnit: transferOut.otherUnit } });

    // What the example says of the member: admitted, recognised, counted there until the transfer out.
    expect(events.map((event: { type: string }) => event.type)).toEqual(['admitted', 'made_official', 'transferred_out']);
    expect(stateOnTransfer).toMatchObject({ status: 'official', countedHere: true, admittedOn: events[0].date, officialOn: events[1].date, probationEndsOn: null });
  });

  it("the application's reader accepts it, with the same manifest and content, and its schema holds the content", () => {
    const reading = readTransferFile(example());
    expect(reading.manifest).toEqual(verifyFromSpec(example(), TRANSFER_FILE).manifest);
    expect(reading.producerKey.fingerprint).toBe(testKeys['CB012 fingerprint']);
    expect(reading.fileSha256).toBe(createHash('sha256').update(example()).digest('hex'));
    expect(reading.content).toEqual(CONTENT);
    expect(transferContentSchema.safeParse(reading.content).success).toBe(true);
  });

  it('a one-byte change is refused: in the manifest by the signature, in the payload by its hash', () => {
    const refusalOf = (bytes: Buffer) => reasonOf(() => readTransferFile(bytes));
    const inManifest = example();
    inManifest[inManifest.indexOf('2026-08-16') + 9] = '7'.charCodeAt(0);
    expect(refusalOf(inManifest)).toBe('bad_signature');
    const inPayload = example();
    const at = inPayload.indexOf('"payload":"') + 200;
    inPayload[at] = inPayload[at] === 0x41 ? 0x42 : 0x41;
    expect(refusalOf(inPayload)).toBe('hash_mismatch');
  });

  it('the period import refuses it as a transfer file (§8 step 1)', () => {
    expect(reasonOf(() => readExchangeFile(example()))).toBe('transfer_file');
  });

  describe('at a receiving unit', () => {
    let receiver: ExportRegister | undefined;
    afterEach(() => receiver?.cleanup());

    it('the preview accepts the example as a transfer in of the member, with the sender and its fingerprint', async () => {
      receiver = await openExportRegister({ code: 'CB020', name: 'Chi bộ Khu phố 7', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường 5' });
      const verdict = await receiver.call('exchange.transferPreview', {
        file: { fileName: 'CHUYEN_52034567_CB012.scbt', base64: example().toString('base64') },
        date: '20/08/2026',
      });
      expect(verdict.outcome).toBe('accept');
      expect(verdict.transfer).toMatchObject({
        member: { fullName: 'Lê Thị Hoa', partyCardNumber: '52.034567' },
        sender: { code: 'CB012' },
        fingerprint: testKeys['CB012 fingerprint'],
        keyStatus: 'unknown',
        eventsKept: 3,
        eventsInFile: 3,
        encrypted: false,
      });
    });
  });
});
