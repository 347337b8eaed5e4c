import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../db/exchange/exchange-file';
import { exchangeContentSchema } from '../../shared/exchange/content';
import { tempDatabaseFile, type TempDatabase } from '../helpers/temp-database';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Each run starts Node and compiles the TypeScript sources with tsx: about a second.
const CLI_TIMEOUT = 60_000;

describe('sochibo export', () => {
  let cell: TempDatabase;
  let parent: TempDatabase;

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

  beforeAll(() => {
    cell = tempDatabaseFile();
    parent = tempDatabaseFile();
    const init = sochibo(cell, ['init', '--code', 'CB012', '--name', 'Chi bộ Khu phố 3', '--kind', 'chi_bo', '--parent-code', 'DU05', '--parent-name', 'Đảng ủy phường 5']);
    expect(init.status).toBe(0);
    const initParent = sochibo(parent, ['init', '--code', 'DU05', '--name', 'Đảng ủy phường 5', '--kind', 'dang_bo_co_so', '--parent-code', 'QU01', '--parent-name', 'Quận ủy Ba Đình']);
    expect(initParent.status).toBe(0);
    expect(sochibo(parent, ['keys', 'export', '--out', join(cell.dir, 'DU05.sochibo-key')]).status).toBe(0);
  }, CLI_TIMEOUT * 3);

  afterAll(() => {
    cell.cleanup();
    parent.cleanup();
  });

  it('writes the file, printing its name, revision and fingerprint; the file verifies', () => {
    const result = sochibo(cell, ['export', '--period', '2025-Q3', '--out', 'gui.scb']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const path = join(cell.dir, 'gui.scb');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Đã ghi tệp ${path}`);
    expect(lines[1]).toBe('Lần gửi: 1');
    expect(lines[2]).toMatch(/^Dấu vân tay khóa ký: \d{5}( \d{5}){5}$/);
    expect(lines[3]).toBe('Không mã hóa.');
    const reading = readExchangeFile(readFileSync(path));
    expect(reading.manifest).toMatchObject({ period: '2025-Q3', revision: 1, producer: { code: 'CB012' } });
    expect(exchangeContentSchema.parse(reading.content).period).toBe('2025-Q3');
  }, CLI_TIMEOUT);

  it('into a folder, writes the standard name; --format json prints the summary; --encrypt-to encrypts to the parent', () => {
    mkdirSync(join(cell.dir, 'out'));
    const result = sochibo(cell, ['export', '--period', '2025-Q3', '--out', 'out', '--encrypt-to', 'DU05.sochibo-key', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    const path = join(cell.dir, 'out', 'CB012_2025-Q3_r2.scb');
    expect(summary).toMatchObject({ file: path, unitCode: 'CB012', period: '2025-Q3', revision: 2, encryptedTo: { code: 'DU05' } });
    expect(summary.counts).toEqual({ events: 0, ktgs: 0, meetings: 0, members: 0, ratings: 0, units: 0 });
    const reading = readExchangeFile(readFileSync(path));
    expect(reading.manifest.supersedes).toBe(summary.supersedes);
    expect(reading.manifest.encryption?.recipient.code).toBe('DU05');
    expect(reading.content).toBeNull();
  }, CLI_TIMEOUT);

  it('exits 2 without --period or --out, 1 for a key card of another unit', () => {
    expect(sochibo(cell, ['export', '--out', 'x.scb']).status).toBe(2);
    expect(sochibo(cell, ['export', '--period', '2025-Q3']).status).toBe(2);
    expect(sochibo(cell, ['keys', 'export', '--out', 'own.sochibo-key']).status).toBe(0);
    const refused = sochibo(cell, ['export', '--period', '2025-Q3', '--out', 'y.scb', '--encrypt-to', 'own.sochibo-key']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('CB012');
    expect(refused.stderr).toContain('DU05');
    expect(refused.stderr).toContain('--encrypt-to');
  }, CLI_TIMEOUT);
});
