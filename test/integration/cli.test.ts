import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDatabaseFile, type TempDatabase } from '../helpers/temp-database';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Each run starts Node and compiles the TypeScript sources with tsx: about a second.
const CLI_TIMEOUT = 60_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const cell = ['--code', 'cb012', '--name', 'Chi bộ Khu phố 3', '--kind', 'chi_bo', '--parent-code', 'DU05', '--parent-name', 'Đảng ủy phường Hòa Bình'];

describe('the sochibo command', () => {
  let temp: TempDatabase;

  beforeEach(() => {
    temp = tempDatabaseFile();
  });

  afterEach(() => temp.cleanup());

  /** The environment of a user with no SOCHIBO_DB whose per-user folder is inside the test's folder. */
  function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: join(temp.dir, 'config'), ...extra };
    if (!('SOCHIBO_DB' in extra)) delete env.SOCHIBO_DB;
    return env;
  }

  function run(command: string, args: string[], extra: Record<string, string> = {}): Run {
    const result = spawnSync(command, args, { cwd: repoRoot, env: environment(extra), encoding: 'utf8', timeout: CLI_TIMEOUT });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  const sochibo = (args: string[], extra: Record<string, string> = {}) =>
    run(process.execPath, [join(repoRoot, 'electron/cli/bin.mjs'), ...args], extra);

  const homeIn = (file: string): unknown => JSON.parse(sochibo(['info', '--format', 'json', '--db', file]).stdout).home;

  it('prints its usage in Vietnamese', () => {
    const result = sochibo(['--help']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain('Cách dùng:');
    expect(result.stdout).toContain('sochibo <lệnh> [tùy chọn]');
  }, CLI_TIMEOUT);

  it('runs as `npx sochibo` from the checkout', () => {
    const result = run('npx', ['sochibo', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Cách dùng:');
  }, CLI_TIMEOUT);

  it('sets up the register named by SOCHIBO_DB, shows it, and refuses to set it up twice', () => {
    const init = sochibo(['init', ...cell], { SOCHIBO_DB: temp.file });
    expect(init).toEqual({
      status: 0,
      stdout: 'Đã thiết lập Chi bộ Khu phố 3 (mã CB012, Chi bộ trực thuộc).\nCấp trên trực tiếp: Đảng ủy phường Hòa Bình (mã DU05).\n',
      stderr: '',
    });
    const home = { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parent: { code: 'DU05', name: 'Đảng ủy phường Hòa Bình' } };
    expect(homeIn(temp.file)).toMatchObject(home);

    const again = sochibo(['init', '--code', 'CB099', '--name', 'Chi bộ khác', '--kind', 'cap_tren'], { SOCHIBO_DB: temp.file });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Sổ này đã được thiết lập cho đơn vị Chi bộ Khu phố 3 (mã CB012)');
    expect(homeIn(temp.file)).toMatchObject(home);
  }, CLI_TIMEOUT);

  it('opens --db rather than SOCHIBO_DB', () => {
    const other = join(temp.dir, 'other.sqlite');
    expect(sochibo(['init', '--db', temp.file, '--code', 'TU01', '--name', 'Tỉnh ủy', '--kind', 'cap_tren'], { SOCHIBO_DB: other }).status).toBe(0);
    expect(existsSync(other)).toBe(false);
    expect(homeIn(temp.file)).toMatchObject({ code: 'TU01', parent: null });
  }, CLI_TIMEOUT);

  it('refuses invalid input naming each option at fault, and writes nothing', () => {
    const result = sochibo(['init', '--db', temp.file, '--code', 'CB 12', '--name', ' ', '--kind', 'chi_bo', '--parent-code', 'DU05', '--parent-name', 'Đảng ủy']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Bị từ chối: dữ liệu chưa hợp lệ, không có gì được ghi.');
    expect(result.stderr).toContain('--code: Mã đơn vị chỉ gồm chữ cái không dấu');
    expect(result.stderr).toContain('--name: Hãy nhập tên.');
    expect(homeIn(temp.file)).toBeNull();
  }, CLI_TIMEOUT);

  it('tells programs why input was refused, as JSON', () => {
    const result = sochibo(['init', '--db', temp.file, '--format', 'json', '--code', 'CB12', '--name', 'Chi bộ', '--kind', 'chi_bo']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stderr)).toEqual({
      error: {
        type: 'validation',
        message: 'errors.validation',
        issues: [
          { path: 'parentName', message: 'validation.parent_required' },
          { path: 'parentCode', message: 'validation.parent_required' },
        ],
      },
    });
  }, CLI_TIMEOUT);

  it.each([
    [['lam-gi'], 'Không có lệnh «lam-gi».'],
    [['init', '--secretary', 'Nguyễn Văn A'], 'Không có tùy chọn «--secretary».'],
    [['init', '--code'], 'Tùy chọn «--code» cần một giá trị.'],
    [['info', '--format', 'xml'], 'Định dạng «xml» không có; dùng text hoặc json.'],
  ])('answers a usage error (%j) with exit code 2, without opening the register', (args, message) => {
    const result = sochibo([...args, '--db', temp.file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`Dùng lệnh chưa đúng: ${message}\nGõ «sochibo --help» để xem hướng dẫn.\n`);
    expect(existsSync(temp.file)).toBe(false);
  }, CLI_TIMEOUT);

  it('refuses a register written by a newer version and leaves it untouched', () => {
    const newer = new Database(temp.file);
    newer.exec('CREATE TABLE members (id INTEGER PRIMARY KEY)');
    newer.pragma('user_version = 99');
    newer.close();
    const before = readFileSync(temp.file);

    const result = sochibo(['info', '--db', temp.file]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Tệp dữ liệu ${temp.file} được tạo bởi phiên bản mới hơn của Sổ Chi bộ (lược đồ 99`);
    expect(readFileSync(temp.file).equals(before)).toBe(true);
  }, CLI_TIMEOUT);

  it('says once when one rule faults two options, and lists the kinds when --kind is unknown', () => {
    const noParent = sochibo(['init', '--db', temp.file, '--code', 'CB12', '--name', 'Chi bộ', '--kind', 'chi_bo']);
    expect(noParent.stderr).toContain('  --parent-name, --parent-code: Tổ chức loại này có cấp trên trực tiếp');
    const badKind = sochibo(['init', '--db', temp.file, '--code', 'CB12', '--name', 'Chi bộ', '--kind', 'to_dang']);
    expect(badKind.status).toBe(1);
    expect(badKind.stderr).toContain(
      '--kind: Không có loại tổ chức này. Các loại: chi_bo, chi_bo_co_so, dang_bo_bo_phan, dang_bo_co_so, cap_tren.',
    );
  }, CLI_TIMEOUT);

  it('does not create a register when asked about one that is not there', () => {
    const result = sochibo(['info', '--db', temp.file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Không có sổ nào ở ${temp.file}.`);
    expect(existsSync(temp.file)).toBe(false);

    const json = sochibo(['info', '--db', temp.file, '--format', 'json']);
    expect(JSON.parse(json.stderr)).toMatchObject({ error: { type: 'not_found', message: 'cli.noRegister' } });
  }, CLI_TIMEOUT);

  it('adds units under the home unit or a named parent, and refuses an unknown parent or a taken code', () => {
    sochibo(['init', '--db', temp.file, '--code', 'DU05', '--name', 'Đảng ủy phường Hòa Bình', '--kind', 'dang_bo_co_so', '--parent-code', 'TU', '--parent-name', 'Tỉnh ủy']);
    const added = sochibo(['org', 'add', '--db', temp.file, '--code', 'cb01', '--name', 'Chi bộ Khu phố 1', '--kind', 'chi_bo']);
    expect(added).toMatchObject({ status: 0, stdout: 'Đã thêm Chi bộ Khu phố 1 (mã CB01, Chi bộ trực thuộc) dưới đơn vị mã DU05.\n' });

    const unknownParent = sochibo(['org', 'add', '--db', temp.file, '--code', 'CB02', '--name', 'Chi bộ 2', '--kind', 'chi_bo', '--parent', 'XX']);
    expect(unknownParent.status).toBe(1);
    expect(unknownParent.stderr).toBe('Bị từ chối (--parent): Trong sổ không có đơn vị mã XX.\n');

    const taken = sochibo(['org', 'add', '--db', temp.file, '--code', 'CB01', '--name', 'Chi bộ khác', '--kind', 'chi_bo', '--format', 'json']);
    expect(taken.status).toBe(1);
    expect(JSON.parse(taken.stderr)).toMatchObject({ error: { type: 'conflict' } });
  }, CLI_TIMEOUT);
});
