import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import { openTempStore, type TempStore } from '../helpers/temp-database';
import { AN, BINH, workbookFile, type WorkbookSpec } from '../unit/db/spreadsheet/workbook';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Each run starts Node and compiles the TypeScript sources with tsx: about a second.
const CLI_TIMEOUT = 60_000;

describe('sochibo members import', () => {
  let temp: TempStore;

  beforeEach(async () => {
    temp = openTempStore();
    const home = { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường Hòa Bình' };
    expect((await dispatch(temp.store.handlers, 'org.setupHome', home)).ok).toBe(true);
    temp.store.close();
  });

  afterEach(() => temp.cleanup());

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

  async function xlsx(name: string, spec: WorkbookSpec): Promise<string> {
    writeFileSync(join(temp.dir, name), Buffer.from((await workbookFile(spec)).base64, 'base64'));
    return name;
  }

  const memberCount = () => {
    const db = new Database(temp.file, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  const backups = () => (existsSync(join(temp.dir, 'backups')) ? readdirSync(join(temp.dir, 'backups')) : []);

  it('previews a good file with --dry-run and writes nothing', async () => {
    const file = await xlsx('dang-vien.xlsx', { members: [AN, BINH] });
    const result = sochibo(['members', 'import', file, '--dry-run']);
    expect(result).toEqual({
      status: 0,
      stdout: [
        'Tệp dang-vien.xlsx: 2 đảng viên và 3 sự kiện sẽ được thêm vào sổ.',
        '  Dòng 2: Nguyễn Văn An, đơn vị CB012, 2 sự kiện',
        '  Dòng 3: Lê Thị Bình, đơn vị CB012, 1 sự kiện',
        'Chạy thử (--dry-run): chưa ghi gì vào sổ.',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(memberCount()).toBe(0);
    expect(backups()).toEqual([]);
  }, CLI_TIMEOUT);

  it('adds a good file and says where the safety copy is', async () => {
    const file = await xlsx('dang-vien.xlsx', { members: [AN, BINH] });
    const result = sochibo(['members', 'import', file]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const [done, backup] = result.stdout.split('\n');
    expect(done).toBe('Đã thêm 2 đảng viên và 3 sự kiện vào sổ.');
    expect(backup).toMatch(/^Bản sao của sổ trước khi nhập được lưu ở: .*backups[/\\]sochibo\.import\.\d{8}T\d{6}Z\.sqlite$/);
    expect(memberCount()).toBe(2);
    expect(backups()).toHaveLength(1);
  }, CLI_TIMEOUT);

  it('lists every problem on stderr, row by row, exits 1 and writes nothing', async () => {
    const file = await xlsx('co-loi.xlsx', {
      members: [AN, { ...BINH, 'Giới tính': 'X', 'Ngày sinh': '31/02/1990', 'Tôn giáo': '' }],
      events: [{ 'Số thẻ đảng viên': '52999999', 'Loại': 'Từ trần', 'Ngày': '01/01/2025' }],
    });
    const result = sochibo(['members', 'import', file]);
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        'Bị từ chối: Tệp có 4 chỗ chưa đúng. Chưa có gì được ghi vào sổ.',
        'Trang «Đảng viên»:',
        '  Dòng 3, cột Giới tính («X»): Giới tính ghi «Nam» hoặc «Nữ».',
        '  Dòng 3, cột Ngày sinh («31/02/1990»): Ngày không đúng: hãy viết ngày/tháng/năm, ví dụ 05/09/1975.',
        '  Dòng 3, cột Tôn giáo (ô trống): Hãy chọn tôn giáo («Không» nếu không theo tôn giáo nào).',
        'Trang «Biến động»:',
        '  Dòng 2, cột Số thẻ đảng viên («52999999»): Trang «Đảng viên» của tệp không có ai mang số này.',
        '',
      ].join('\n'),
    });
    expect(memberCount()).toBe(0);
    expect(backups()).toEqual([]);
  }, CLI_TIMEOUT);

  it('tells programs every problem as JSON', async () => {
    const file = await xlsx('co-loi.xlsx', { members: [{ ...AN, 'Dân tộc': 'Kinhh' }] });
    const result = sochibo(['members', 'import', file, '--format', 'json']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stderr)).toEqual({
      error: {
        type: 'validation',
        message: 'import.refused',
        params: { count: 1 },
        problems: [{ sheet: 'Đảng viên', row: 2, column: 'Dân tộc', value: 'Kinhh', reason: 'import.problem.ethnicity_unknown' }],
      },
    });
  }, CLI_TIMEOUT);

  it('refuses a file that is not there, or not a workbook', async () => {
    const missing = sochibo(['members', 'import', 'khong-co.xlsx']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`Bị từ chối: Không có tệp ${join(temp.dir, 'khong-co.xlsx')}.\n`);

    writeFileSync(join(temp.dir, 'danh-sach.csv'), 'STT;Họ và tên\n1;Nguyễn Văn An\n');
    const notXlsx = sochibo(['members', 'import', 'danh-sach.csv']);
    expect(notXlsx.status).toBe(1);
    expect(notXlsx.stderr).toContain('Tệp này không phải bảng tính Excel (.xlsx) hoặc đã hỏng.');
  }, CLI_TIMEOUT);

  it.each([
    [['members', 'import'], 'Thiếu TỆP.xlsx sau «sochibo members import».'],
    [['members', 'export', 'x.xlsx'], 'Lệnh «members» không có việc «export»; chỉ có: import.'],
    [['members', 'import', 'a.xlsx', 'b.xlsx'], 'Thừa đối số «b.xlsx».'],
  ])('answers a usage error (%j) with exit code 2', (args, message) => {
    const result = sochibo(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`Dùng lệnh chưa đúng: ${message}\nGõ «sochibo --help» để xem hướng dẫn.\n`);
  }, CLI_TIMEOUT);
});
