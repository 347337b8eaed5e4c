import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../../shared/i18n/translator';
import { reminderLink, reminderSentence } from '../../../../../renderer/pages/dashboard/reminderLine';
import { openExportRegister, type ExportRegister } from '../export/export-register';

const WARD = { code: 'DU05', name: 'Đảng ủy phường 5', kind: 'dang_bo_co_so', parentCode: 'QU01', parentName: 'Quận ủy Ba Đình' };
const CELL = { code: 'CB01', name: 'Chi bộ 1', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường 5' };

const opened: ExportRegister[] = [];
afterEach(() => {
  for (const register of opened.splice(0)) register.cleanup();
});

/** A ward set up before the third quarter ended, with two cells expected to send their files. */
async function ward(): Promise<ExportRegister> {
  const register = await openExportRegister(WARD, new Date(2026, 5, 1, 9));
  opened.push(register);
  await register.call('org.add', { code: 'CB01', name: 'Chi bộ 1', kind: 'chi_bo', parentCode: 'DU05' });
  await register.call('org.add', { code: 'CB02', name: 'Chi bộ 2', kind: 'chi_bo', parentCode: 'DU05' });
  return register;
}

const unitFileLines = async (register: ExportRegister) =>
  (await register.call('reminders.list', {})).filter((reminder) => reminder.kind === 'unit_files_missing');

describe('the dashboard reminder of units’ files missing after the deadline', () => {
  it('says nothing before the deadline, then names the units still missing and leads to the board', async () => {
    const register = await ward();
    register.setNow(new Date(2026, 9, 10, 17));
    expect(await unitFileLines(register)).toEqual([]);

    const cell = await openExportRegister(CELL);
    opened.push(cell);
    const { file } = await cell.call('exchange.export', { period: '2026-Q3' });
    const [verdict] = (await register.call('exchange.importPreview', { files: [file] })).files;
    await register.call('exchange.importCommit', { files: [file], trust: [verdict?.fingerprint ?? ''], backup: false });

    register.setNow(new Date(2026, 9, 11, 8));
    const lines = await unitFileLines(register);
    expect(lines).toEqual([{ kind: 'unit_files_missing', date: '2026-10-10', period: '2026-Q3', units: ['CB02'] }]);
    const { t } = createTranslator('vi');
    const [line] = lines;
    if (!line) throw new Error('no reminder');
    expect(reminderSentence(t, line)).toBe('Quá hạn nộp tệp quý III/2026 (10/10/2026): còn 1 đơn vị chưa nộp (CB02).');
    expect(reminderLink(line)).toBe('/exchange/completeness?period=2026-Q3');
  });

  it('counts a unit that sent the nine months instead of the quarter as having sent', async () => {
    const register = await ward();
    await register.call('exchange.setDeadline', { period: '2026-Q3', dueOn: '05/10/2026' });
    for (const code of ['CB01', 'CB02']) {
      const cell = await openExportRegister({ ...CELL, code });
      opened.push(cell);
      const { file } = await cell.call('exchange.export', { period: code === 'CB01' ? '2026-Q3' : '2026-9M' });
      const [verdict] = (await register.call('exchange.importPreview', { files: [file] })).files;
      await register.call('exchange.importCommit', { files: [file], trust: [verdict?.fingerprint ?? ''], backup: false });
    }
    register.setNow(new Date(2026, 9, 20, 8));
    expect(await unitFileLines(register)).toEqual([]);
  });
});
