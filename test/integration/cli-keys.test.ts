import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKeyCard } from '../../db/exchange/key-card';
import { tempDatabaseFile, type TempDatabase } from '../helpers/temp-database';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Each run starts Node and compiles the TypeScript sources with tsx: about a second.
const CLI_TIMEOUT = 60_000;

describe('sochibo keys', () => {
  let temp: TempDatabase;

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

  beforeAll(() => {
    temp = tempDatabaseFile();
    const init = sochibo(['init', '--code', 'CB012', '--name', 'Chi bộ Khu phố 3', '--kind', 'chi_bo', '--parent-code', 'DU05', '--parent-name', 'Đảng ủy phường 5']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
  }, CLI_TIMEOUT);

  afterAll(() => temp.cleanup());

  it('init made the keys; keys show prints the fingerprint to read aloud', () => {
    expect(existsSync(`${temp.file}.keys`)).toBe(true);
    const json = sochibo(['keys', 'show', '--format', 'json']);
    expect(json.status).toBe(0);
    const card = JSON.parse(json.stdout);
    expect(Object.keys(card)).toEqual(['code', 'name', 'kind', 'fingerprint', 'signingKey', 'exchangeKey']);
    expect(card.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    const text = sochibo(['keys', 'show']);
    expect(text.status).toBe(0);
    expect(text.stdout).toBe(
      [
        'Khóa của Chi bộ Khu phố 3 (mã CB012, Chi bộ trực thuộc)',
        `Dấu vân tay: ${card.fingerprint}`,
        'Đọc to từng nhóm 5 chữ số cho cấp trên qua điện thoại; hai bên phải thấy cùng một dãy số.',
        '',
      ].join('\n'),
    );
  }, CLI_TIMEOUT);

  it('keys export writes a card that verifies, with the same fingerprint', () => {
    const result = sochibo(['keys', 'export', '--out', 'CB012.sochibo-key']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const path = join(temp.dir, 'CB012.sochibo-key');
    expect(result.stdout).toContain(`Đã ghi thẻ khóa công khai của đơn vị mã CB012 vào tệp ${path}.`);
    const card = readKeyCard(readFileSync(path));
    expect(card.code).toBe('CB012');
    expect(result.stdout).toContain(`Dấu vân tay: ${card.fingerprint}`);
  }, CLI_TIMEOUT);

  it('keys export without --out is a usage error', () => {
    const result = sochibo(['keys', 'export']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Thiếu tùy chọn --out.');
  }, CLI_TIMEOUT);
});
