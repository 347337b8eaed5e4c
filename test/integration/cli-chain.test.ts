import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import type { CompletenessBoard } from '../../shared/exchange/completeness';
import type { Indicators } from '../../shared/reports/indicators';
import { openStore } from '../../db/store';
import { tempDatabaseFile, type TempDatabase } from '../helpers/temp-database';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Each run starts Node and compiles the TypeScript sources with tsx: about a second.
const CLI_TIMEOUT = 60_000;

/**
 * Three installations, three databases, files carried up by the command line alone (issue 6, "Done when"): a cell,
 * its ward committee and the district. The district's report equals the cell's, and its board sees the cell.
 */
describe('the chain by command line', () => {
  let temp: TempDatabase;
  const db = { cell: '', ward: '', district: '' };
  let outbox: string;

  const sochibo = (file: string, args: string[]) => {
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

  beforeAll(async () => {
    temp = tempDatabaseFile();
    for (const name of ['cell', 'ward', 'district'] as const) db[name] = join(temp.dir, `${name}.sqlite`);
    outbox = join(temp.dir, 'gửi');
    mkdirSync(outbox);
    const init = (file: string, args: string[]) => expect(sochibo(file, ['init', ...args]).status).toBe(0);
    init(db.cell, ['--code', 'CB01', '--name', 'Chi bộ 1', '--kind', 'chi_bo', '--parent-code', 'DU05', '--parent-name', 'Đảng ủy phường 5']);
    init(db.ward, ['--code', 'DU05', '--name', 'Đảng ủy phường 5', '--kind', 'dang_bo_co_so', '--parent-code', 'QU01', '--parent-name', 'Quận ủy']);
    init(db.district, ['--code', 'QU01', '--name', 'Quận ủy', '--kind', 'cap_tren', '--parent-code', 'TU01', '--parent-name', 'Thành ủy']);

    // The cell's members, recorded through the services as the desktop app would.
    const store = openStore({ file: db.cell, appVersion: 'test' });
    const add = async (fullName: string, events: unknown[]) => {
      const result = await dispatch(store.handlers, 'members.create', {
        record: { fullName, gender: 'nam', birthDate: '01/01/1980', ethnicity: '01', religion: 'khong' },
        events,
      } as never);
      expect(result.ok).toBe(true);
    };
    await add('Nguyễn Văn An', [{ type: 'admitted', date: '05/01/2010' }, { type: 'made_official', date: '05/01/2011' }]);
    await add('Trần Văn Bình', [{ type: 'admitted', date: '01/08/2026' }]);
    await add('Lê Văn Cường', [{ type: 'admitted', date: '01/01/2000' }, { type: 'died', date: '20/07/2026' }]);
    store.close();
  }, CLI_TIMEOUT * 3);

  afterAll(() => temp.cleanup());

  it('carries the cell’s quarter up two levels; the top’s figures are the cell’s and its board reaches the cell', { timeout: CLI_TIMEOUT * 2 }, () => {
    expect(sochibo(db.cell, ['export', '--period', '2026-Q3', '--out', outbox]).status).toBe(0);
    const cellReport = JSON.parse(sochibo(db.cell, ['report', '--period', '2026-Q3', '--format', 'json']).stdout) as { indicators: Indicators };

    const wardImport = sochibo(db.ward, ['import', outbox, '--trust']);
    expect(wardImport.stdout).toContain('CB01_2026-Q3_r1.scb: Nhận mới.');
    const wardBoard = sochibo(db.ward, ['completeness', '--period', '2026-Q3']);
    expect(wardBoard.status).toBe(0);
    expect(wardBoard.stdout).toContain('Cấp 1: 1/1 đơn vị đã nộp (100%)');
    expect(wardBoard.stdout).toContain('CB01  Chi bộ 1: đã nộp lần 1');

    const up = join(temp.dir, 'lên quận');
    mkdirSync(up);
    expect(sochibo(db.ward, ['export', '--period', '2026-Q3', '--out', up]).status).toBe(0);
    expect(readdirSync(up)).toEqual(['DU05_2026-Q3_r1.scb']);
    expect(sochibo(db.district, ['import', up, '--trust']).status).toBe(0);

    const top = JSON.parse(sochibo(db.district, ['report', '--period', '2026-Q3', '--format', 'json']).stdout) as { indicators: Indicators };
    for (const key of ['members.total', 'members.opening', 'changes.admitted', 'changes.died', 'members.probationary'] as const) {
      expect(top.indicators[key], key).toBe(cellReport.indicators[key]);
    }
    expect(top.indicators['members.total']).toBe(2);

    const board = JSON.parse(sochibo(db.district, ['completeness', '--period', '2026-Q3', '--format', 'json']).stdout) as CompletenessBoard;
    expect(board.levels.map((level) => [level.depth, level.received, level.expected])).toEqual([
      [1, 1, 1],
      [2, 1, 1],
    ]);
    expect(board.units[0]?.units[0]).toMatchObject({ code: 'CB01', status: 'received', revision: 1 });
  });

  it('sets a period’s deadline, and refuses a date it cannot read naming --deadline', { timeout: CLI_TIMEOUT }, () => {
    const set = sochibo(db.ward, ['completeness', '--period', '2026-Q4', '--deadline', '15/01/2027']);
    expect(set.stdout).toContain('Hạn nộp: 15/01/2027 (cấp ủy đặt cho kỳ này)');
    const bad = sochibo(db.ward, ['completeness', '--period', '2026-Q4', '--deadline', '31/02/2027']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--deadline');
    const back = sochibo(db.ward, ['completeness', '--period', '2026-Q4', '--deadline', 'mac-dinh']);
    expect(back.stdout).toContain('Hạn nộp: 10/01/2027 (mặc định');
    expect(sochibo(db.ward, ['completeness']).status).toBe(2);
  });
});
