import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import type { CallInput, CallName } from '../../shared/api/contract';
import type { OrgUnit } from '../../shared/members/views';
import { openStore, type Store } from '../../db/store';
import { openTempStore, tempDatabaseFile, type TempStore } from '../helpers/temp-database';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Each run starts Node and compiles the TypeScript sources with tsx: about a second.
const CLI_TIMEOUT = 60_000;

async function call<N extends CallName>(store: Store, name: N, input: CallInput<N>): Promise<unknown> {
  const result = await dispatch(store.handlers, name, input);
  if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** A grassroots committee with an intermediate committee, two cells (one with a member) and a closed cell. */
async function committeeRegister(store: Store): Promise<void> {
  await call(store, 'org.setupHome', {
    code: 'DU05',
    name: 'Đảng ủy phường Hòa Bình',
    kind: 'dang_bo_co_so',
    parentCode: 'TU',
    parentName: 'Tỉnh ủy',
  });
  await call(store, 'org.add', { code: 'DBBP1', name: 'Đảng bộ bộ phận Khu A', kind: 'dang_bo_bo_phan', parentCode: 'DU05' });
  await call(store, 'org.add', { code: 'CB02', name: 'Chi bộ Khu phố 2', kind: 'chi_bo', parentCode: 'DBBP1' });
  await call(store, 'org.add', { code: 'CB01', name: 'Chi bộ Khu phố 1', kind: 'chi_bo', parentCode: 'DU05' });
  await call(store, 'org.add', { code: 'CB09', name: 'Chi bộ Khu phố 9', kind: 'chi_bo', parentCode: 'DU05' });
  await call(store, 'org.close', { code: 'CB09', closedOn: '31/12/2024' });
  await call(store, 'members.create', {
    record: { fullName: 'Trần Văn An', gender: 'nam', birthDate: '1970-03-15', ethnicity: '01', religion: 'khong' },
    unitCode: 'CB01',
    events: [{ type: 'admitted', date: '1995-05-10' }],
  });
}

const TREE = [
  'Đảng ủy phường Hòa Bình (mã DU05, Đảng bộ cơ sở) — đơn vị giữ sổ',
  '  Chi bộ Khu phố 1 (mã CB01, Chi bộ trực thuộc)',
  '  Chi bộ Khu phố 9 (mã CB09, Chi bộ trực thuộc) — đã giải thể ngày 31/12/2024',
  '  Đảng bộ bộ phận Khu A (mã DBBP1, Đảng bộ bộ phận)',
  '    Chi bộ Khu phố 2 (mã CB02, Chi bộ trực thuộc)',
];

const lines = (text: string) => text.split('\n').slice(0, -1);

describe('sochibo org', () => {
  let temp: TempStore;

  beforeEach(async () => {
    temp = openTempStore();
    await committeeRegister(temp.store);
    temp.store.close();
  });

  afterEach(() => temp.cleanup());

  const sochibo = (args: string[], file = temp.file) => {
    const env = { ...process.env };
    delete env.SOCHIBO_DB;
    const result = spawnSync(process.execPath, [join(repoRoot, 'electron/cli/bin.mjs'), ...args, '--db', file], {
      cwd: temp.dir,
      env,
      encoding: 'utf8',
      timeout: CLI_TIMEOUT,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  const units = (): OrgUnit[] => JSON.parse(sochibo(['org', 'list', '--format', 'json']).stdout) as OrgUnit[];
  const unit = (code: string) => units().find((candidate) => candidate.code === code);

  it('lists the tree as indented text, and as JSON in the same order', () => {
    expect(sochibo(['org', 'list'])).toEqual({ status: 0, stdout: `${TREE.join('\n')}\n`, stderr: '' });
    expect(units()).toEqual([
      { code: 'DU05', name: 'Đảng ủy phường Hòa Bình', kind: 'dang_bo_co_so', parentCode: null, closedOn: null, isHome: true },
      { code: 'CB01', name: 'Chi bộ Khu phố 1', kind: 'chi_bo', parentCode: 'DU05', closedOn: null, isHome: false },
      { code: 'CB09', name: 'Chi bộ Khu phố 9', kind: 'chi_bo', parentCode: 'DU05', closedOn: '2024-12-31', isHome: false },
      { code: 'DBBP1', name: 'Đảng bộ bộ phận Khu A', kind: 'dang_bo_bo_phan', parentCode: 'DU05', closedOn: null, isHome: false },
      { code: 'CB02', name: 'Chi bộ Khu phố 2', kind: 'chi_bo', parentCode: 'DBBP1', closedOn: null, isHome: false },
    ]);
  }, CLI_TIMEOUT);

  it('says so when the register has not been set up', () => {
    const empty = tempDatabaseFile();
    try {
      // Opened as the app opens it on first start, before the first-run form is filled in.
      openStore({ file: empty.file, appVersion: 'test' }).close();
      const result = sochibo(['org', 'list'], empty.file);
      expect(result).toEqual({
        status: 1,
        stdout: '',
        stderr: `Bị từ chối: Sổ ${empty.file} chưa được thiết lập. Dùng «sochibo init» hoặc mở ứng dụng.\n`,
      });
    } finally {
      empty.cleanup();
    }
  }, CLI_TIMEOUT);

  it('renames a unit, the home unit included, and refuses a blank name or an unknown code', () => {
    expect(sochibo(['org', 'rename', '--code', 'cb01', '--name', '  Chi bộ Tổ dân phố 1 '])).toEqual({
      status: 0,
      stdout: 'Đã đổi tên đơn vị mã CB01 thành Chi bộ Tổ dân phố 1.\n',
      stderr: '',
    });
    expect(sochibo(['org', 'rename', '--code', 'DU05', '--name', 'Đảng ủy phường Hòa Bình Mới']).status).toBe(0);

    const blank = sochibo(['org', 'rename', '--code', 'CB02', '--name', ' ']);
    expect(blank).toEqual({ status: 1, stdout: '', stderr: 'Bị từ chối: dữ liệu chưa hợp lệ, không có gì được ghi.\n  --name: Hãy nhập tên.\n' });
    const unknown = sochibo(['org', 'rename', '--code', 'XX', '--name', 'Chi bộ X']);
    expect(unknown).toMatchObject({ status: 1, stderr: 'Bị từ chối (--code): Trong sổ không có đơn vị mã XX.\n' });

    expect(units().map(({ code, name }) => `${code} ${name}`)).toEqual([
      'DU05 Đảng ủy phường Hòa Bình Mới',
      'CB09 Chi bộ Khu phố 9',
      'CB01 Chi bộ Tổ dân phố 1',
      'DBBP1 Đảng bộ bộ phận Khu A',
      'CB02 Chi bộ Khu phố 2',
    ]);
  }, CLI_TIMEOUT);

  it('moves a unit with what is below it, and refuses a cycle, the home unit and a closed parent', () => {
    expect(sochibo(['org', 'move', '--code', 'DBBP1', '--parent', 'cb01'])).toEqual({
      status: 0,
      stdout: 'Đã chuyển Đảng bộ bộ phận Khu A (mã DBBP1) sang dưới đơn vị mã CB01.\n',
      stderr: '',
    });
    expect(lines(sochibo(['org', 'list']).stdout)).toEqual([
      TREE[0],
      TREE[1],
      '    Đảng bộ bộ phận Khu A (mã DBBP1, Đảng bộ bộ phận)',
      '      Chi bộ Khu phố 2 (mã CB02, Chi bộ trực thuộc)',
      TREE[2],
    ]);

    const cycle = sochibo(['org', 'move', '--code', 'CB01', '--parent', 'CB02']);
    expect(cycle).toMatchObject({
      status: 1,
      stdout: '',
      stderr:
        'Bị từ chối (--parent): Không thể đặt Chi bộ Khu phố 1 dưới Chi bộ Khu phố 2, vì Chi bộ Khu phố 2 là chính đơn vị đó hoặc một đơn vị trực thuộc nó.\n',
    });
    const home = sochibo(['org', 'move', '--code', 'DU05', '--parent', 'CB02']);
    expect(home.status).toBe(1);
    expect(home.stderr).toContain('Đảng ủy phường Hòa Bình (mã DU05) là đơn vị giữ sổ này');
    const closedParent = sochibo(['org', 'move', '--code', 'CB02', '--parent', 'CB09', '--format', 'json']);
    expect(closedParent.status).toBe(1);
    expect(JSON.parse(closedParent.stderr)).toMatchObject({
      error: { type: 'conflict', message: 'errors.unit_closed', issues: [{ path: 'parentCode' }] },
    });
    expect(unit('CB01')?.parentCode).toBe('DU05');
    expect(unit('CB02')?.parentCode).toBe('DBBP1');
  }, CLI_TIMEOUT);

  it('closes an empty unit from the day given, and refuses one with members or open units, or a wrong date', () => {
    const withMember = sochibo(['org', 'close', '--code', 'CB01', '--date', '01/06/2025']);
    expect(withMember.status).toBe(1);
    expect(withMember.stderr).toBe(
      'Bị từ chối (--date): Từ ngày 01/06/2025, Chi bộ Khu phố 1 vẫn còn 1 đảng viên sinh hoạt. Hãy làm thủ tục chuyển sinh hoạt cho các đồng chí trước khi giải thể đơn vị.\n',
    );
    const withUnits = sochibo(['org', 'close', '--code', 'DBBP1', '--date', '01/06/2025']);
    expect(withUnits).toMatchObject({
      status: 1,
      stderr: 'Bị từ chối: Đảng bộ bộ phận Khu A còn 1 đơn vị trực thuộc đang hoạt động. Hãy chuyển hoặc giải thể các đơn vị đó trước.\n',
    });
    const badDate = sochibo(['org', 'close', '--code', 'CB02', '--date', '31/02/2025']);
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toContain('  --date: Ngày không đúng');

    expect(sochibo(['org', 'close', '--code', 'CB02', '--date', '1/7/2025'])).toEqual({
      status: 0,
      stdout: 'Đã ghi Chi bộ Khu phố 2 (mã CB02) giải thể từ ngày 01/07/2025.\n',
      stderr: '',
    });
    expect(lines(sochibo(['org', 'list']).stdout)[4]).toBe('    Chi bộ Khu phố 2 (mã CB02, Chi bộ trực thuộc) — đã giải thể ngày 01/07/2025');

    const again = sochibo(['org', 'close', '--code', 'CB02', '--date', '01/08/2025']);
    expect(again).toMatchObject({ status: 1, stderr: 'Bị từ chối: Đơn vị Chi bộ Khu phố 2 (mã CB02) đã giải thể từ ngày 01/07/2025.\n' });
    const home = sochibo(['org', 'close', '--code', 'DU05', '--date', '01/08/2025', '--format', 'json']);
    expect(home.status).toBe(1);
    expect(JSON.parse(home.stderr)).toMatchObject({ error: { type: 'conflict', message: 'errors.org_home_locked' } });
    expect(unit('CB01')?.closedOn).toBeNull();
    expect(unit('CB02')?.closedOn).toBe('2025-07-01');
  }, CLI_TIMEOUT);

  it('prints the changed unit as JSON for programs', () => {
    const renamed = sochibo(['org', 'rename', '--code', 'CB02', '--name', 'Chi bộ Tổ 2', '--format', 'json']);
    expect(renamed.status).toBe(0);
    expect(JSON.parse(renamed.stdout)).toEqual({
      code: 'CB02',
      name: 'Chi bộ Tổ 2',
      kind: 'chi_bo',
      parentCode: 'DBBP1',
      closedOn: null,
      isHome: false,
    });
  }, CLI_TIMEOUT);

  it.each([
    [['org', 'rename', '--code', 'CB01', '--parent', 'DU05'], 'Không có tùy chọn «--parent».'],
    [['org', 'move', '--code'], 'Tùy chọn «--code» cần một giá trị.'],
    [['org', 'list', 'CB01'], 'Thừa đối số «CB01».'],
    [['org', 'delete', '--code', 'CB01'], 'Lệnh «org» không có việc «delete»; chỉ có: add, rename, move, close, list.'],
  ])('answers a usage error (%j) with exit code 2', (args, message) => {
    const result = sochibo(args);
    expect(result).toEqual({ status: 2, stdout: '', stderr: `Dùng lệnh chưa đúng: ${message}\nGõ «sochibo --help» để xem hướng dẫn.\n` });
  }, CLI_TIMEOUT);

  it('names the new commands in its usage', () => {
    const help = sochibo(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['org rename', 'org move', 'org close', 'org list']) expect(help.stdout).toContain(`  ${command} `);
    expect(help.stdout).toContain('--code MÃ --date NGÀY');
  }, CLI_TIMEOUT);
});

