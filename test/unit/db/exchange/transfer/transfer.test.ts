import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../../shared/i18n/translator';
import { parsePeriod, type Period } from '../../../../../shared/reports/period';
import type { FilePayload } from '../../../../../shared/members/views';
import { readExchangeFile } from '../../../../../db/exchange/exchange-file';
import { readTransferFile } from '../../../../../db/exchange/transfer/transfer-file';
import { ExchangeRefusal } from '../../../../../db/exchange/refusal';
import { homeUnitKeys } from '../../../../../db/exchange/unit-keys';
import { keyCardOf, writeKeyCard } from '../../../../../db/exchange/key-card';
import { buildPeriodReport } from '../../../../../db/reports/period-report';
import { OCTOBER_2, openExportRegister, type ExportRegister } from '../export/export-register';

// Source under test: db/exchange/transfer/*.ts through dispatch ('exchange.transfer*').

const { t } = createTranslator('vi');
const Q3 = parsePeriod('2026-Q3') as Period;

const SENDER = { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường 5' };
const RECEIVER = { code: 'CB020', name: 'Chi bộ Khu phố 7', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường 5' };
const COMMITTEE = { code: 'DU07', name: 'Đảng ủy phường 7', kind: 'dang_bo_co_so', parentCode: 'QU01', parentName: 'Quận ủy Ba Đình' };

const AN = { fullName: 'Nguyễn Văn An', partyCardNumber: '52.012345', citizenId: '001080012345', phone: '0912345678' };

describe('the member transfer file', () => {
  let sender: ExportRegister;
  let receiver: ExportRegister;
  let an: number;
  const opened: ExportRegister[] = [];

  beforeEach(async () => {
    sender = await openExportRegister(SENDER);
    receiver = await openExportRegister(RECEIVER);
    opened.push(sender, receiver);
    an = await sender.add(undefined, AN, [
      { type: 'admitted', date: '05/01/2010', ceremonyDate: '20/01/2010', decisionNumber: '12-QĐ/ĐU' },
      { type: 'made_official', date: '25/01/2011' },
      { type: 'temporary_out', date: '01/03/2015', otherUnit: 'Chi bộ Trường Chính trị' },
      { type: 'temporary_out_return', date: '01/09/2015' },
      { type: 'exemption_start', date: '01/01/2020' },
      { type: 'reward', date: '03/02/2021', title: 'Giấy khen của Đảng ủy' },
      { type: 'transferred_out', date: '15/08/2026', otherUnit: 'Chi bộ Khu phố 7 (CB020)', decisionNumber: '45-QĐ/ĐU', issuedBy: 'Đảng ủy phường 5' },
    ]);
  });
  afterEach(() => {
    for (const register of opened.splice(0)) register.cleanup();
  });

  const exportAn = async (encryptTo?: FilePayload) => sender.call('exchange.transferExport', { memberId: an, ...(encryptTo ? { encryptTo } : {}) });
  const cardFile = (register: ExportRegister, setup: { code: string; name: string; kind: string }): FilePayload => {
    const { keys } = homeUnitKeys(register.store.db, () => OCTOBER_2);
    const unit = { code: setup.code, name: setup.name, kind: setup.kind as 'chi_bo' };
    expect(keyCardOf(keys, unit).code).toBe(setup.code);
    return { fileName: `${setup.code}.sochibo-key`, base64: writeKeyCard(keys, unit).toString('base64') };
  };
  const members = (register: ExportRegister) => register.store.db.prepare('SELECT count(*) AS n FROM members').get() as { n: number };
  const flip = (file: FilePayload, at: number): FilePayload => {
    const bytes = Buffer.from(file.base64, 'base64');
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    return { fileName: file.fileName, base64: bytes.toString('base64') };
  };

  it('carries the record, every event, the transfer out and the state as the member left, signed by the sending unit', async () => {
    const { file, summary } = await exportAn();
    expect(file.fileName).toBe('CHUYEN_52012345_CB012.scbt');
    expect(summary).toMatchObject({ memberId: an, fullName: AN.fullName, transferOut: { date: '2026-08-15', decisionNumber: '45-QĐ/ĐU' }, encryptedTo: null });
    const reading = readTransferFile(Buffer.from(file.base64, 'base64'));
    expect(reading.manifest).toMatchObject({ format: 'sochibo-transfer', formatVersion: 1, producer: { code: 'CB012', kind: 'chi_bo', parentCode: 'DU05' } });
    expect(reading.producerKey.fingerprint).toBe(summary.fingerprint);
    expect(reading.content).toMatchObject({
      contentVersion: 1,
      member: { id: an, unit: { code: 'CB012', name: SENDER.name, kind: 'chi_bo' }, record: { fullName: AN.fullName, partyCardNumber: '52.012345', birthName: null } },
      transferOut: { date: '2026-08-15', otherUnit: 'Chi bộ Khu phố 7 (CB020)', decisionNumber: '45-QĐ/ĐU', issuedBy: 'Đảng ủy phường 5', note: null },
      stateOnTransfer: { status: 'exempt', countedHere: true, admittedOn: '2010-01-05', officialOn: '2011-01-25' },
    });
    expect((reading.content?.events as unknown[]).length).toBe(7);
  });

  it('is refused at export, in plain words, while no official transfer out is recorded', async () => {
    const binh = await sender.add(undefined, { fullName: 'Trần Thị Bình', gender: 'nu' }, [{ type: 'admitted', date: '01/08/2020' }]);
    const result = await sender.attempt('exchange.transferExport', { memberId: binh });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ type: 'conflict', message: 'exchange.transfer.errors.not_transferred_out', issues: [{ path: 'memberId' }] });
    expect(t(result.error.message, result.error.params)).toContain('Hãy ghi sự kiện «Chuyển sinh hoạt chính thức đi»');
  });

  it('round trip: the receiving unit previews it, enters the member with a transfer in, and both period reports count it', async () => {
    const { file, summary } = await exportAn();
    const preview = await receiver.call('exchange.transferPreview', { file, date: '20/08/2026' });
    expect(preview).toMatchObject({
      outcome: 'accept',
      arrival: { unitCode: 'CB020', date: '2026-08-20' },
      transfer: {
        member: { fullName: AN.fullName, birthDate: '1980-01-01', partyCardNumber: '52.012345', status: 'exempt' },
        sender: { code: 'CB012', name: SENDER.name },
        fingerprint: summary.fingerprint,
        keyStatus: 'unknown',
        eventsInFile: 7,
        eventsKept: 4,
      },
      memberId: null,
    });
    expect(preview.transfer?.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(t(preview.reason, preview.params)).toBe(
      `Sẽ nhận đồng chí ${AN.fullName} vào ${RECEIVER.name} (mã CB020), chuyển sinh hoạt chính thức đến ngày 20/08/2026, từ ${SENDER.name} (mã CB012).`,
    );
    expect(members(receiver).n).toBe(0);

    const result = await receiver.call('exchange.transferImport', { file, date: '20/08/2026' });
    expect(result.outcome).toBe('accept');
    expect(result.backupFile && existsSync(result.backupFile)).toBe(true);
    const member = await receiver.call('members.get', { id: result.memberId ?? 0 });
    expect(member.record).toMatchObject({ fullName: AN.fullName, partyCardNumber: '52.012345', citizenId: AN.citizenId, phone: AN.phone });
    expect(member.unitCode).toBe('CB020');
    // The sender's presence and exemption events stay there: here the member arrives on the day of the transfer in.
    expect(member.events.map((event) => event.type)).toEqual(['admitted', 'made_official', 'reward', 'transferred_in']);
    expect(member.events.at(-1)).toMatchObject({ date: '2026-08-20', otherUnit: `${SENDER.name} (CB012)`, decisionNumber: '45-QĐ/ĐU', issuedBy: 'Đảng ủy phường 5' });
    expect(member.events[0]).toMatchObject({ ceremonyDate: '2010-01-20', decisionNumber: '12-QĐ/ĐU' });
    expect(member.state).toMatchObject({ status: 'official', countedHere: true, admittedOn: '2010-01-05', officialOn: '2011-01-25' });

    // Every write is audited: the member and each of their events.
    const audited = receiver.store.db.prepare('SELECT entity, action FROM audit_log WHERE member_id = ? ORDER BY id').all(result.memberId);
    expect(audited).toEqual([{ entity: 'member', action: 'create' }, ...Array.from({ length: 4 }, () => ({ entity: 'event', action: 'create' }))]);

    const received = buildPeriodReport(receiver.store.db, Q3, undefined, '2026-10-02').totals;
    expect(received['changes.transferred_in']).toBe(1);
    expect(received['members.opening']).toBe(0);
    const sent = buildPeriodReport(sender.store.db, Q3, undefined, '2026-10-02').totals;
    expect(sent['changes.transferred_out']).toBe(1);
  });

  it('the same transfer again is "already received", naming the member: a success that changes nothing', async () => {
    const { file } = await exportAn();
    const first = await receiver.call('exchange.transferImport', { file });
    expect(first).toMatchObject({ outcome: 'accept', arrival: { date: '2026-10-02' } });
    const again = await receiver.call('exchange.transferImport', { file });
    expect(again).toMatchObject({ outcome: 'already', memberId: first.memberId, backupFile: null });
    expect(t(again.reason, again.params)).toBe(
      `Đã nhận việc chuyển sinh hoạt này rồi: đồng chí ${AN.fullName} đã có trong sổ (${RECEIVER.name}, chuyển đến ngày 02/10/2026). Không có gì thay đổi.`,
    );
    // The sender's file made a second time (other bytes, other bundle) is the same transfer.
    const remade = (await exportAn()).file;
    expect(remade.base64).not.toBe(file.base64);
    expect((await receiver.call('exchange.transferPreview', { file: remade })).outcome).toBe('already');
    expect(members(receiver).n).toBe(1);
    expect(receiver.store.db.prepare('SELECT count(*) AS n FROM received_transfers').get()).toEqual({ n: 1 });
  });

  it('any changed byte is refused with a clear message, and nothing is written', async () => {
    const { file } = await exportAn();
    const length = Buffer.from(file.base64, 'base64').length;
    const reasons = new Set<string>();
    for (let at = 0; at < length; at += 7) {
      const verdict = await receiver.call('exchange.transferImport', { file: flip(file, at), date: '20/08/2026' });
      expect(verdict.outcome, `byte ${at}`).toBe('refused');
      expect(verdict.reason).toMatch(/^exchange\.transfer\.refusal\./);
      reasons.add(verdict.reason);
    }
    expect(reasons).toContain('exchange.transfer.refusal.not_canonical');
    expect(members(receiver).n).toBe(0);
    const bad = await receiver.call('exchange.transferPreview', { file: flip(file, length - 10) });
    expect(t(bad.reason, bad.params)).toContain('Hãy xin đơn vị chuyển đi gửi lại tệp');
  });

  it('refuses a member whose party card number or citizen ID is already in the register, naming who holds it', async () => {
    const { file } = await exportAn();
    await receiver.add(undefined, { fullName: 'Nguyễn Văn Ân', partyCardNumber: '52012345' }, [{ type: 'admitted', date: '01/01/2012' }]);
    const card = await receiver.call('exchange.transferImport', { file });
    expect(card).toMatchObject({ outcome: 'refused', reason: 'exchange.transfer.reason.duplicate_card', memberId: null });
    expect(t(card.reason, card.params)).toContain(`Sổ đã có đồng chí Nguyễn Văn Ân (${RECEIVER.name}) mang số thẻ đảng 52.012345`);
    expect(members(receiver).n).toBe(1);

    const other = await openExportRegister({ ...RECEIVER, code: 'CB021' });
    opened.push(other);
    await other.add(undefined, { fullName: 'Lê Thị Cúc', gender: 'nu', citizenId: AN.citizenId }, [{ type: 'admitted', date: '01/01/2012' }]);
    const citizen = await other.call('exchange.transferPreview', { file });
    expect(citizen.reason).toBe('exchange.transfer.reason.duplicate_citizen_id');
    expect(t(citizen.reason, citizen.params)).toContain('Lê Thị Cúc');
  });

  it('a period exchange file given here, and a transfer file given to the period import, are each refused saying what they are', async () => {
    const period = await sender.call('exchange.export', { period: '2026-Q3' });
    const asTransfer = await receiver.call('exchange.transferPreview', { file: period.file });
    expect(asTransfer).toMatchObject({ outcome: 'refused', reason: 'exchange.transfer.refusal.period_file', transfer: null });
    expect(t(asTransfer.reason, asTransfer.params)).toContain('Đây là tệp báo cáo định kỳ (.scb)');

    const { file } = await exportAn();
    expect(() => readExchangeFile(Buffer.from(file.base64, 'base64'))).toThrow(ExchangeRefusal);
    const committee = await openExportRegister({ code: 'DU05', name: 'Đảng ủy phường 5', kind: 'dang_bo_co_so', parentCode: 'QU01', parentName: 'Quận ủy' });
    opened.push(committee);
    const asPeriod = await committee.call('exchange.importPreview', { files: [file] });
    expect(asPeriod.files[0]).toMatchObject({ outcome: 'invalid', reason: 'exchange.refusal.transfer_file' });

    const card = await receiver.call('exchange.transferPreview', { file: cardFile(sender, SENDER) });
    expect(card.reason).toBe('exchange.transfer.refusal.key_card');
  });

  it('is encrypted to the receiving unit’s key card: only that unit opens it', async () => {
    const { file, summary } = await exportAn(cardFile(receiver, RECEIVER));
    expect(summary.encryptedTo).toMatchObject({ code: 'CB020' });
    const other = await openExportRegister({ ...RECEIVER, code: 'CB021' });
    opened.push(other);
    const elsewhere = await other.call('exchange.transferPreview', { file });
    expect(elsewhere).toMatchObject({ outcome: 'refused', reason: 'exchange.transfer.refusal.not_for_this_unit' });
    const here = await receiver.call('exchange.transferImport', { file });
    expect(here).toMatchObject({ outcome: 'accept', transfer: { encrypted: true } });

    const own = await sender.attempt('exchange.transferExport', { memberId: an, encryptTo: cardFile(sender, SENDER) });
    expect(own.ok ? null : own.error).toMatchObject({ message: 'exchange.transfer.errors.own_card', issues: [{ path: 'encryptTo' }] });
  });

  it('a committee chooses the unit; the day may not be before the transfer out nor after today', async () => {
    const committee = await openExportRegister(COMMITTEE);
    opened.push(committee);
    await committee.call('org.add', { code: 'CB071', name: 'Chi bộ cơ quan', kind: 'chi_bo', parentCode: 'DU07' });
    const { file } = await exportAn();
    const early = await committee.attempt('exchange.transferPreview', { file, unitCode: 'CB071', date: '14/08/2026' });
    expect(early.ok ? null : early.error).toMatchObject({ message: 'exchange.transfer.errors.date_before_transfer_out', issues: [{ path: 'date' }] });
    const late = await committee.attempt('exchange.transferPreview', { file, date: '03/10/2026' });
    expect(late.ok ? null : late.error).toMatchObject({ message: 'exchange.transfer.errors.date_in_future' });
    const unknown = await committee.attempt('exchange.transferPreview', { file, unitCode: 'CB999' });
    expect(unknown.ok ? null : unknown.error).toMatchObject({ message: 'errors.unit_not_found', issues: [{ path: 'unitCode' }] });

    const done = await committee.call('exchange.transferImport', { file, unitCode: 'CB071', date: '15/08/2026' });
    expect(done).toMatchObject({ outcome: 'accept', arrival: { unitCode: 'CB071', unitName: 'Chi bộ cơ quan', date: '2026-08-15' } });
    expect((await committee.call('members.get', { id: done.memberId ?? 0 })).unitCode).toBe('CB071');
  });

  it('refuses a sender whose key differs from the one pinned here, and says so when the key is the pinned one', async () => {
    const committee = await openExportRegister({ code: 'DU05', name: 'Đảng ủy phường 5', kind: 'dang_bo_co_so', parentCode: 'QU01', parentName: 'Quận ủy' });
    opened.push(committee);
    const period = await sender.call('exchange.export', { period: '2026-Q3' });
    const { fingerprint } = homeUnitKeys(sender.store.db, () => OCTOBER_2).keys;
    await committee.call('exchange.importCommit', { files: [period.file], trust: [fingerprint] });
    const { file } = await exportAn();
    expect((await committee.call('exchange.transferPreview', { file })).transfer?.keyStatus).toBe('pinned');

    // Another register calling itself CB012 signs with another key.
    const impostor = await openExportRegister(SENDER);
    opened.push(impostor);
    const fake = await impostor.add(undefined, { fullName: 'Giả Mạo' }, [
      { type: 'admitted', date: '01/01/2010' },
      { type: 'transferred_out', date: '01/09/2026', otherUnit: 'DU05' },
    ]);
    const forged = (await impostor.call('exchange.transferExport', { memberId: fake })).file;
    const verdict = await committee.call('exchange.transferImport', { file: forged });
    expect(verdict).toMatchObject({ outcome: 'refused', reason: 'exchange.transfer.reason.key_changed' });
    expect(t(verdict.reason, verdict.params)).toContain(`với khóa có dấu vân tay ${fingerprint}`);
  });

  it('a file exported by this register itself is refused', async () => {
    const { file } = await exportAn();
    const verdict = await sender.call('exchange.transferPreview', { file });
    expect(verdict).toMatchObject({ outcome: 'refused', reason: 'exchange.transfer.reason.own_file' });
  });
});
