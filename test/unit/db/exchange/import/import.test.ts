import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../../shared/i18n/translator';
import { backupDirFor } from '../../../../../db/backup';
import { cardOf, cellFile, contentOf, memberOf, openCellRegister, openCommittee, payload, type Register } from './fixtures';

// Source under test: db/exchange/import/*.ts through dispatch ('exchange.import*', 'exchange.received').

const { t } = createTranslator('vi');

describe('importing units’ exchange files at the committee', () => {
  let committee: Register;
  let cell: Register;
  const opened: Register[] = [];

  beforeEach(async () => {
    committee = await openCommittee();
    cell = await openCellRegister();
    opened.push(committee, cell);
  });
  afterEach(() => {
    for (const register of opened.splice(0)) register.cleanup();
  });

  const fingerprintOf = (register: Register) => cardOf(register).fingerprint;
  const preview = async (...files: ReturnType<typeof cellFile>[]) =>
    (await committee.call('exchange.importPreview', { files: files.map(payload) })).files;
  const commit = async (files: ReturnType<typeof cellFile>[], extra: { trust?: string[]; repin?: { unitCode: string; fingerprint: string }[] } = {}) =>
    committee.call('exchange.importCommit', { files: files.map(payload), ...extra });
  const stored = () =>
    committee.store.db.prepare('SELECT unit_code AS unit, period, revision FROM exchange_files ORDER BY id').all();
  const logged = () => committee.store.db.prepare('SELECT outcome FROM exchange_import_log ORDER BY id').all().map((row) => (row as { outcome: string }).outcome);

  /** The cell known to the committee (org.add) and its key trusted by a first import. */
  const acceptFirst = async () => {
    await committee.call('org.add', { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05' });
    const first = cellFile(cell);
    const result = await commit([first], { trust: [fingerprintOf(cell)] });
    expect(result.files[0]?.outcome).toBe('accept');
    return first;
  };

  it('an unknown sender is shown with its fingerprint; trusted, its unit is added under the committee and the file accepted', async () => {
    const file = cellFile(cell);
    const [seen] = await preview(file);
    expect(seen).toMatchObject({ outcome: 'untrusted', unit: { code: 'CB012', name: 'Chi bộ Khu phố 3' }, period: '2026-Q3', revision: 1, fingerprint: fingerprintOf(cell) });
    expect(t(seen?.reason ?? '', seen?.params)).toContain(`đọc đối chiếu dấu vân tay ${fingerprintOf(cell)}`);
    expect(stored()).toEqual([]);

    const refused = await commit([file]);
    expect(refused.files[0]?.outcome).toBe('untrusted');
    expect(stored()).toEqual([]);

    const accepted = await commit([file], { trust: [fingerprintOf(cell)] });
    expect(accepted.files[0]).toMatchObject({ outcome: 'accept', keyAction: 'trusted' });
    expect(stored()).toEqual([{ unit: 'CB012', period: '2026-Q3', revision: 1 }]);
    const units = await committee.call('org.list', {});
    expect(units.find((unit) => unit.code === 'CB012')).toMatchObject({ parentCode: 'DU05', name: 'Chi bộ Khu phố 3' });
    const received = await committee.call('exchange.received', { period: '2026-Q3' });
    expect(received).toMatchObject([{ unitCode: 'CB012', unitName: 'Chi bộ Khu phố 3', revision: 1, fingerprint: fingerprintOf(cell) }]);
    // The bytes are kept exactly as received, and the content decrypted beside them.
    const row = committee.store.db.prepare('SELECT bytes, content FROM exchange_files').get() as { bytes: Buffer; content: string };
    expect(row.bytes.toString('base64')).toBe(file.base64);
    expect(JSON.parse(row.content).members).toHaveLength(2);
  });

  it('the same file again is "already imported": a success that changes nothing', async () => {
    const first = await acceptFirst();
    const again = await commit([first]);
    expect(again.files[0]?.outcome).toBe('already');
    expect(t(again.files[0]?.reason ?? '', again.files[0]?.params)).toContain('không có gì thay đổi');
    expect(stored()).toHaveLength(1);
  });

  it('a higher revision supersedes, listing the figures and members that changed', async () => {
    const first = await acceptFirst();
    const content = contentOf([memberOf(1, 'Nguyễn Văn An', 61), memberOf(3, 'Lê Văn Cường')], { 'changes.admitted': 1 });
    const second = cellFile(cell, { revision: 2, supersedes: first.bundleId, content });
    const [seen] = await preview(second);
    expect(seen?.outcome).toBe('supersede');
    expect(seen?.changes).toEqual({
      previousRevision: 1,
      indicators: [{ key: 'changes.admitted', before: null, after: 1 }],
      members: [
        { id: 1, name: 'Nguyễn Văn An', change: 'changed' },
        { id: 2, name: 'Trần Thị Bình', change: 'removed' },
        { id: 3, name: 'Lê Văn Cường', change: 'added' },
      ],
    });
    expect((await commit([second])).files[0]?.outcome).toBe('supersede');
    expect((await committee.call('exchange.received', {}))[0]?.revision).toBe(2);
  });

  it('a lower revision is refused as stale; the same revision with other content as a conflict', async () => {
    const first = await acceptFirst();
    const third = cellFile(cell, { revision: 3, supersedes: first.bundleId });
    await commit([third]);
    const dung = contentOf([memberOf(9, 'Phạm Thị Dung')]);
    const lateSecond = cellFile(cell, { revision: 2, supersedes: first.bundleId, content: dung });
    const otherThird = cellFile(cell, { revision: 3, supersedes: first.bundleId, content: dung });
    const result = await commit([lateSecond, otherThird]);
    expect(result.files.map((file) => file.outcome)).toEqual(['stale', 'conflict']);
    expect(t(result.files[0]?.reason ?? '', result.files[0]?.params)).toContain('là lần 2, cũ hơn lần 3 đã nhận');
    expect(t(result.files[1]?.reason ?? '', result.files[1]?.params)).toContain('cùng lần sửa mà nội dung khác nhau');
    expect(stored()).toHaveLength(2);
  });

  it('a known unit with another key is refused, then accepted once deliberately re-pinned', async () => {
    await acceptFirst();
    const impostor = await openCellRegister();
    opened.push(impostor);
    const file = cellFile(impostor, { revision: 2 });
    const [seen] = await preview(file);
    expect(seen).toMatchObject({ outcome: 'key_changed', fingerprint: fingerprintOf(impostor), params: { pinnedFingerprint: fingerprintOf(cell) } });
    // Trusting a fingerprint does not replace a pinned key: only a re-pin does.
    expect((await commit([file], { trust: [fingerprintOf(impostor)] })).files[0]?.outcome).toBe('key_changed');
    const repinned = await commit([file], { repin: [{ unitCode: 'CB012', fingerprint: fingerprintOf(impostor) }] });
    expect(repinned.files[0]).toMatchObject({ outcome: 'supersede', keyAction: 'repinned' });
    const keys = committee.store.db
      .prepare("SELECT fingerprint, retired_at IS NOT NULL AS retired FROM unit_keys WHERE origin = 'pinned' ORDER BY id")
      .all();
    expect(keys).toEqual([
      { fingerprint: fingerprintOf(cell), retired: 1 },
      { fingerprint: fingerprintOf(impostor), retired: 0 },
    ]);
  });

  it('a file for another parent is refused naming the right one', async () => {
    const other = await openCellRegister('CB044', 'DU07', 'Chi bộ Khu phố 4');
    opened.push(other);
    const [seen] = await preview(cellFile(other));
    expect(seen?.outcome).toBe('wrong_parent');
    expect(t(seen?.reason ?? '', seen?.params)).toBe(
      'Tệp của Chi bộ Khu phố 4 (CB044) gửi cho cấp trên mã DU07, không phải cho Đảng ủy phường 5 (DU05). Hãy chuyển tệp cho đơn vị DU07.',
    );
  });

  it('a unit the register places elsewhere is not ours', async () => {
    await committee.call('org.add', { code: 'DBBP1', name: 'Đảng bộ bộ phận 1', kind: 'dang_bo_bo_phan', parentCode: 'DU05' });
    await committee.call('org.add', { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DBBP1' });
    const [seen] = await preview(cellFile(cell));
    expect(seen?.outcome).toBe('not_ours');
    expect(t(seen?.reason ?? '', seen?.params)).toContain('đang ghi ở DBBP1');
  });

  it('a tampered file is refused with the reader’s reason; a file encrypted to the committee is opened', async () => {
    const file = cellFile(cell);
    const text = Buffer.from(file.base64, 'base64').toString('utf8').replace('Nguy', 'Ngux');
    const tampered = { ...file, base64: Buffer.from(text.replace('"payload":"H4', '"payload":"H5'), 'utf8').toString('base64') };
    const [seen] = await preview(tampered);
    expect(seen?.outcome).toBe('invalid');
    expect(seen?.reason).toMatch(/^exchange\.refusal\./);
    expect(t(seen?.reason ?? '', seen?.params)).toMatch(/bị sửa|hỏng/);

    const encrypted = cellFile(cell, { encryptTo: cardOf(committee) });
    const result = await commit([encrypted], { trust: [fingerprintOf(cell)] });
    expect(result.files[0]?.outcome).toBe('accept');
    const other = await openCommittee('DU07');
    opened.push(other);
    const elsewhere = cellFile(cell, { revision: 2, encryptTo: cardOf(other) });
    const [refused] = await preview(elsewhere);
    expect(refused).toMatchObject({ outcome: 'invalid', reason: 'exchange.refusal.not_for_this_unit' });
  });

  it('every outcome is logged, refused ones too, newest first in the history; a backup is written before the commit', async () => {
    const first = await acceptFirst();
    const backups = readdirSync(backupDirFor(committee.file));
    expect(backups.some((name) => name.includes('before-exchange-import'))).toBe(true);
    const other = await openCellRegister('CB044', 'DU07', 'Chi bộ Khu phố 4');
    opened.push(other);
    await commit([first, cellFile(other), { ...first, base64: Buffer.from('không phải tệp').toString('base64') }]);
    expect(logged()).toEqual(['accept', 'already', 'wrong_parent', 'invalid']);
    const history = await committee.call('exchange.importLog', {});
    expect(history.map((entry) => entry.outcome)).toEqual(['invalid', 'wrong_parent', 'already', 'accept']);
    expect(history[3]).toMatchObject({ unitCode: 'CB012', period: '2026-Q3', revision: 1, params: { keyAction: 'trusted' } });
    expect(() => committee.store.db.prepare('DELETE FROM exchange_import_log').run()).toThrow(/append-only/);
    expect(existsSync(join(backupDirFor(committee.file)))).toBe(true);
  });

  it('the backup is a copy of the register as it was before the commit', async () => {
    await acceptFirst();
    const [backup] = readdirSync(backupDirFor(committee.file)).filter((name) => name.includes('before-exchange-import'));
    const Database = (await import('better-sqlite3')).default;
    const copy = new Database(join(backupDirFor(committee.file), backup ?? ''), { readonly: true });
    try {
      expect(copy.prepare('SELECT count(*) AS n FROM exchange_files').get()).toEqual({ n: 0 });
    } finally {
      copy.close();
    }
  });
});
