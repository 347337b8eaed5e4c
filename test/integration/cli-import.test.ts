import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDirFor } from '../../db/backup';
import { cardOf, cellFile, contentOf, memberOf, openCellRegister, type Register } from '../unit/db/exchange/import/fixtures';
import { tempDatabaseFile, type TempDatabase } from '../helpers/temp-database';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Each run starts Node and compiles the TypeScript sources with tsx: about a second.
const CLI_TIMEOUT = 60_000;

describe('sochibo import', () => {
  let temp: TempDatabase;
  let cell: Register;
  let other: Register;
  let impostor: Register;
  let inbox: string;

  const sochibo = (args: string[]) => {
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
  const put = (dir: string, file: { fileName: string; base64: string }) => writeFileSync(join(dir, file.fileName), Buffer.from(file.base64, 'base64'));

  beforeAll(async () => {
    temp = tempDatabaseFile();
    const init = sochibo(['init', '--code', 'DU05', '--name', 'Đảng ủy phường 5', '--kind', 'dang_bo_co_so', '--parent-code', 'QU1', '--parent-name', 'Quận ủy Quận 1']);
    expect(init.stderr).toBe('');
    cell = await openCellRegister();
    other = await openCellRegister('CB044', 'DU07', 'Chi bộ Khu phố 4');
    impostor = await openCellRegister();
    inbox = join(temp.dir, 'nhận');
    mkdirSync(inbox);
  }, CLI_TIMEOUT);

  afterAll(() => {
    for (const register of [cell, other, impostor]) register.cleanup();
    temp.cleanup();
  });

  it('imports a folder: an unknown sender is refused (exit 1) until --trust, which prints its fingerprint', () => {
    const first = cellFile(cell);
    put(inbox, first);
    const fingerprint = cardOf(cell).fingerprint;

    const dry = sochibo(['import', inbox, '--dry-run']);
    expect(dry.status).toBe(1);
    expect(dry.stdout).toContain(`CB012_2026-Q3_r1.scb: Chưa tin cậy người gửi. Chưa có khóa của Chi bộ Khu phố 3 (CB012) trong sổ.`);
    expect(dry.stdout).toContain(fingerprint);
    expect(dry.stdout).toContain('Chạy thử (--dry-run): chưa nhận tệp nào.');

    const trusted = sochibo(['import', inbox, '--trust']);
    expect(trusted.stderr).toBe('');
    expect(trusted.stdout).toContain(`Tin cậy khóa của CB012, dấu vân tay ${fingerprint}`);
    expect(trusted.stdout).toContain('CB012_2026-Q3_r1.scb: Nhận mới. Tệp kỳ 2026-Q3 của Chi bộ Khu phố 3 (CB012), lần 1: nhận mới.');
    expect(trusted.stdout).toContain('Đã nhận 1 tệp, từ chối 0 tệp.');
    expect(trusted.status).toBe(0);
    expect(readdirSync(backupDirFor(temp.file)).some((name) => name.includes('before-exchange-import'))).toBe(true);

    const again = sochibo(['import', join(inbox, first.fileName)]);
    expect(again.stdout).toContain('Đã nhận trước đây');
    expect(again.status).toBe(0);
  }, CLI_TIMEOUT);

  it('imports several files at once, the good ones even when another is refused; lists the changes of a supersede', () => {
    const dir = join(temp.dir, 'đợt-2');
    mkdirSync(dir);
    const second = cellFile(cell, { revision: 2, content: contentOf([memberOf(1, 'Nguyễn Văn An'), memberOf(3, 'Lê Văn Cường')]) });
    put(dir, second);
    put(dir, cellFile(other));
    const result = sochibo(['import', dir, '--format', 'json']);
    expect(result.status).toBe(1);
    const printed = JSON.parse(result.stdout) as { files: { fileName: string; outcome: string }[] };
    expect(printed.files.map((file) => [file.fileName, file.outcome])).toEqual([
      ['CB012_2026-Q3_r2.scb', 'supersede'],
      ['CB044_2026-Q3_r1.scb', 'wrong_parent'],
    ]);
    const text = sochibo(['import', join(dir, 'CB012_2026-Q3_r2.scb'), join(dir, 'CB044_2026-Q3_r1.scb'), '--dry-run']);
    expect(text.stdout).toContain('gửi cho cấp trên mã DU07, không phải cho Đảng ủy phường 5 (DU05)');
  }, CLI_TIMEOUT);

  it('a changed key is refused until --repin CODE', () => {
    const dir = join(temp.dir, 'khóa-mới');
    mkdirSync(dir);
    put(dir, cellFile(impostor, { revision: 3 }));
    const refused = sochibo(['import', dir, '--trust']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('Khóa đã đổi — từ chối');
    const repinned = sochibo(['import', dir, '--repin', 'cb012']);
    expect(repinned.stdout).toContain(`Ghi nhận khóa mới của CB012, dấu vân tay ${cardOf(impostor).fingerprint}`);
    expect(repinned.stdout).toContain('Thay bản trước');
    expect(repinned.status).toBe(0);
  }, CLI_TIMEOUT);
});
