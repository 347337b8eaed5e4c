import { afterEach, describe, expect, it } from 'vitest';
import { exportReminders } from '../../../../../db/exchange/export/reminders';
import { CELL, openExportRegister, type ExportRegister } from './export-register';

const registers: ExportRegister[] = [];
afterEach(() => {
  for (const register of registers.splice(0)) register.cleanup();
});

async function open(setUpOn: Date) {
  const register = await openExportRegister(CELL, setUpOn);
  registers.push(register);
  return register;
}

describe('the reminder to export the last quarter’s file', () => {
  it('is due once the quarter has ended and no file was exported for it', async () => {
    const cell = await open(new Date(2026, 6, 20, 9));
    expect(exportReminders(cell.store.db, '2026-10-02')).toEqual([{ kind: 'export_missing', date: '2026-09-30', period: '2026-Q3' }]);
    expect(exportReminders(cell.store.db, '2027-01-10')).toEqual([{ kind: 'export_missing', date: '2026-12-31', period: '2026-Q4' }]);
  });

  it('goes once the quarter’s file (or the longer period ending with it) is exported', async () => {
    const cell = await open(new Date(2026, 6, 20, 9));
    cell.setNow(new Date(2026, 9, 2, 9));
    await cell.call('exchange.export', { period: '2026-Q2' });
    expect(exportReminders(cell.store.db, '2026-10-02')).toHaveLength(1);
    await cell.call('exchange.export', { period: '2026-Q3' });
    expect(exportReminders(cell.store.db, '2026-10-02')).toEqual([]);
    cell.setNow(new Date(2027, 1, 1, 9));
    await cell.call('exchange.export', { period: '2026' });
    expect(exportReminders(cell.store.db, '2027-02-01')).toEqual([]);
  });

  it('is not due for a quarter that ended before the register was set up', async () => {
    const cell = await open(new Date(2026, 9, 2, 9));
    expect(exportReminders(cell.store.db, '2026-10-02')).toEqual([]);
    expect(exportReminders(cell.store.db, '2027-01-02')).toEqual([{ kind: 'export_missing', date: '2026-12-31', period: '2026-Q4' }]);
  });
});
