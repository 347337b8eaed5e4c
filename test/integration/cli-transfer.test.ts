import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import type { CallInput } from '../../shared/api/contract';
import { openStore } from '../../db/store';
import { readTransferFile } from '../../db/exchange/transfer/transfer-file';
import { tempDatabaseFile, type TempDatabase } from '../helpers/temp-database';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Each run starts Node and compiles the TypeScript sources with tsx: about a second.
const CLI_TIMEOUT = 60_000;

/** Members added through the real service (the command line has no command for one member). */
async function addMember(file: string, input: CallInput<'members.create'>): Promise<number> {
  const store = openStore({ file, appVersion: 'test' });
  try {
    const result = await dispatch(store.handlers, 'members.create', input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return (result.data as { id: number }).id;
  } finally {
    store.close();
  }
}

const RECORD = { gender: 'nam', birthDate: '01/01/1980', ethnicity: '01', religion: 'khong' } as const;

describe('sochibo transfer export / transfer import', () => {
  let sender: TempDatabase;
  let receiver: TempDatabase;
  let leaving: number;
  let staying: number;

  const sochibo = (temp: TempDatabase, args: string[]) => {
    const env = { ...process.env };
    delete env.SOCHIBO_DB;
    const result = spawnSync(process.execPath, [join(repoRoot, 'electron/cli/bin.mjs'), ...args, '--db', temp.file], {
      cwd: temp.dir,
      env,
      encoding: 'utf8',
      timeout: CLI_TIMEOUT,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(async () => {
    sender = tempDatabaseFile();
    receiver = tempDatabaseFile();
    expect(sochibo(sender, ['init', '--code', 'CB012', '--name', 'Chi bộ Khu phố 3', '--kind', 'chi_bo', '--parent-code', 'DU05', '--parent-name', 'Đảng ủy phường 5']).status).toBe(0);
    expect(sochibo(receiver, ['init', '--code', 'CB020', '--name', 'Chi bộ Khu phố 7', '--kind', 'chi_bo', '--parent-code', 'DU05', '--parent-name', 'Đảng ủy phường 5']).status).toBe(0);
    leaving = await addMember(sender.file, {
      record: { ...RECORD, fullName: 'Nguyễn Văn An', partyCardNumber: '52012345' },
      events: [
        { type: 'admitted', date: '05/01/2010' },
        { type: 'made_official', date: '05/01/2011' },
        { type: 'transferred_out', date: '15/08/2024', otherUnit: 'Chi bộ Khu phố 7', decisionNumber: '45-QĐ/ĐU' },
      ],
    });
    staying = await addMember(sender.file, { record: { ...RECORD, fullName: 'Trần Văn Bình' }, events: [{ type: 'admitted', date: '05/01/2012' }] });
    expect(sochibo(receiver, ['keys', 'export', '--out', join(sender.dir, 'CB020.sochibo-key')]).status).toBe(0);
  }, CLI_TIMEOUT * 4);

  afterAll(() => {
    sender.cleanup();
    receiver.cleanup();
  });

  it('exports the member’s signed file, printing the file, the transfer out and the fingerprint', () => {
    const result = sochibo(sender, ['transfer', 'export', '--member', String(leaving), '--out', 'an.scbt']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const path = join(sender.dir, 'an.scbt');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Đã ghi tệp chuyển sinh hoạt của đồng chí Nguyễn Văn An vào ${path}.`);
    expect(lines[1]).toBe('Chuyển đi ngày 15/08/2024, đến «Chi bộ Khu phố 7».');
    expect(lines[2]).toMatch(/^Dấu vân tay khóa ký tệp: \d{5}( \d{5}){5} \(đọc cho đơn vị nhận qua điện thoại\)\.$/);
    expect(lines[3]).toBe('Nội dung không mã hóa.');
    expect(readTransferFile(readFileSync(path)).manifest.producer.code).toBe('CB012');
  }, CLI_TIMEOUT);

  it('into a folder under its standard name, encrypted with --encrypt-to; --format json prints the summary', () => {
    mkdirSync(join(sender.dir, 'gui'));
    const result = sochibo(sender, ['transfer', 'export', '--member', String(leaving), '--out', 'gui', '--encrypt-to', 'CB020.sochibo-key', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ file: join(sender.dir, 'gui', 'CHUYEN_52012345_CB012.scbt'), fullName: 'Nguyễn Văn An', encryptedTo: { code: 'CB020' } });
  }, CLI_TIMEOUT);

  it('refuses (exit 1) a member with no transfer out, saying to record it first; usage errors exit 2', () => {
    const refused = sochibo(sender, ['transfer', 'export', '--member', String(staying), '--out', 'binh.scbt']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Bị từ chối (--member): Đồng chí Trần Văn Bình chưa được ghi chuyển sinh hoạt chính thức đi.');
    expect(refused.stdout).toBe('');
    const missing = sochibo(sender, ['transfer', 'export', '--out', 'x.scbt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Thiếu tùy chọn --member');
    expect(sochibo(sender, ['transfer', 'export', '--member', 'An', '--out', 'x.scbt']).status).toBe(2);
    expect(sochibo(receiver, ['transfer', 'import']).status).toBe(2);
    const unknown = sochibo(sender, ['transfer', 'export', '--member', '999', '--out', 'x.scbt']);
    expect(unknown.status).toBe(1);
  }, CLI_TIMEOUT * 5);

  it('imports at the receiving unit: dry run first, then entered; the same file again is already received (exit 0)', () => {
    const file = join(sender.dir, 'an.scbt');
    const dry = sochibo(receiver, ['transfer', 'import', file, '--dry-run', '--date', '20/08/2024']);
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('an.scbt: Nhận được — Sẽ nhận đồng chí Nguyễn Văn An vào Chi bộ Khu phố 7 (mã CB020), chuyển sinh hoạt chính thức đến ngày 20/08/2024');
    expect(dry.stdout).toContain('Đảng viên: Nguyễn Văn An, sinh ngày 01/01/1980; số thẻ đảng 52012345; khi chuyển đi: Đảng viên chính thức.');
    expect(dry.stdout).toMatch(/Dấu vân tay khóa: \d{5}( \d{5}){5} — sổ chưa biết khóa này/);
    expect(dry.stdout).toContain('Chạy thử (--dry-run): chưa ghi gì vào sổ.');

    const early = sochibo(receiver, ['transfer', 'import', file, '--date', '14/08/2024']);
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('--date: Ngày chuyển đến 14/08/2024 sớm hơn ngày chuyển đi 15/08/2024 ghi trong tệp.');

    const done = sochibo(receiver, ['transfer', 'import', file, '--date', '20/08/2024']);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/Bản sao của sổ trước khi nhận được lưu ở: .*before-transfer-import-1/);
    expect(done.stdout).toMatch(/Đã nhận vào sổ: đảng viên số \d+\./);

    const again = sochibo(receiver, ['transfer', 'import', file, '--format', 'json']);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ dryRun: false, outcome: 'already', backupFile: null, transfer: { member: { fullName: 'Nguyễn Văn An' } } });
  }, CLI_TIMEOUT * 5);

  it('refuses (exit 1) a period exchange file, a changed byte and a missing file, saying what is wrong on stderr', () => {
    expect(sochibo(sender, ['export', '--period', '2024-Q3', '--out', 'ky.scb']).status).toBe(0);
    const period = sochibo(receiver, ['transfer', 'import', join(sender.dir, 'ky.scb')]);
    expect(period.status).toBe(1);
    expect(period.stderr).toContain('Bị từ chối: ky.scb: Không nhận — Đây là tệp báo cáo định kỳ (.scb) gửi cấp trên, không phải tệp chuyển sinh hoạt đảng.');
    expect(period.stdout).toBe('');

    const bytes = readFileSync(join(sender.dir, 'an.scbt'));
    bytes[40] = (bytes[40] ?? 0) ^ 0x01;
    writeFileSync(join(receiver.dir, 'sua.scbt'), bytes);
    const tampered = sochibo(receiver, ['transfer', 'import', 'sua.scbt', '--format', 'json']);
    expect(tampered.status).toBe(1);
    expect(JSON.parse(tampered.stderr).error.message).toMatch(/^exchange\.transfer\.refusal\./);

    const missing = sochibo(receiver, ['transfer', 'import', 'khong-co.scbt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Không có tệp');
  }, CLI_TIMEOUT * 4);
});
