import { afterEach, describe, expect, it } from 'vitest';
import { memberSnapshot } from '../../../../../db/exchange/export/member-snapshot';
import { exchangeContentSchema } from '../../../../../shared/exchange/content';
import { readExchangeFile } from '../../../../../db/exchange/exchange-file';
import { parsePeriod, type Period } from '../../../../../shared/reports/period';
import { openExportRegister, type ExportRegister } from './export-register';

const registers: ExportRegister[] = [];
afterEach(() => {
  for (const register of registers.splice(0)) register.cleanup();
});

const Q3 = parsePeriod('2026-Q3') as Period;
const official = (admitted: string) => [
  { type: 'admitted' as const, date: admitted },
  { type: 'made_official' as const, date: admitted.replace(/\d{4}$/, (year) => String(Number(year) + 1)) },
];

/** A cell whose members left before, on the first day of and during 2026-Q3, or stayed. */
async function registerWithLeavers() {
  const register = await openExportRegister();
  registers.push(register);
  const ids = {
    an: await register.add(undefined, { fullName: 'Nguyễn Văn An' }, official('05/01/2010')),
    left: await register.add(undefined, { fullName: 'Lê Văn Cường' }, [...official('01/01/2000'), { type: 'transferred_out', date: '30/06/2026', otherUnit: 'CB02' }]),
    removedFirstDay: await register.add(undefined, { fullName: 'Phạm Thị Lan', gender: 'nu' }, [...official('01/01/2001'), { type: 'removed', date: '01/07/2026' }]),
    transferred: await register.add(undefined, { fullName: 'Đỗ Văn Dũng', partyCardNumber: '12345678' }, [
      ...official('01/01/2005'),
      { type: 'transferred_out', date: '05/08/2026', otherUnit: 'CB02 – Chi bộ 2' },
    ]),
    died: await register.add(undefined, { fullName: 'Trần Thị Hoa', gender: 'nu' }, [...official('01/01/1990'), { type: 'died', date: '15/07/2026' }]),
    passing: await register.add(undefined, { fullName: 'Vũ Văn Minh' }, [
      ...official('01/01/2003'),
      { type: 'transferred_out', date: '01/01/2020', otherUnit: 'CB07' },
      { type: 'transferred_in', date: '10/07/2026', otherUnit: 'CB07' },
      { type: 'transferred_out', date: '20/09/2026', otherUnit: 'CB09' },
    ]),
  };
  const unitIds = register.store.db.prepare<[], { id: number }>('SELECT id FROM organisations').all().map((row) => row.id);
  return { register, ids, unitIds };
}

describe('the member snapshot of a period', () => {
  it('also lists the members counted at some time in the period, with their state on its last day and every event', async () => {
    const { register, ids, unitIds } = await registerWithLeavers();
    const { members, events } = memberSnapshot(register.store.db, unitIds, Q3);
    expect(members.map((member) => member.id)).toEqual([ids.an, ids.removedFirstDay, ids.transferred, ids.died, ids.passing]);
    const state = (id: number | undefined) => members.find((member) => member.id === id)?.state;
    expect(state(ids.an)).toMatchObject({ status: 'official', countedHere: true });
    expect(state(ids.transferred)).toMatchObject({ status: 'transferred_out', countedHere: false, temporarilyAttached: false });
    expect(state(ids.removedFirstDay)).toMatchObject({ status: 'removed', countedHere: false });
    expect(state(ids.died)).toMatchObject({ status: 'died', countedHere: false });
    // Arrived and left within the quarter: counted in it although on neither of its ends.
    expect(state(ids.passing)).toMatchObject({ status: 'transferred_out', countedHere: false });
    expect(events.filter((event) => event.memberId === ids.transferred).map((event) => event.type)).toEqual(['admitted', 'made_official', 'transferred_out']);
    expect(events.find((event) => event.memberId === ids.transferred && event.type === 'transferred_out')?.details).toEqual({ otherUnit: 'CB02 – Chi bộ 2' });
    expect(events.filter((event) => event.memberId === ids.passing)).toHaveLength(5);
    // Gone on the eve of the quarter: not counted in it, not listed.
    expect(events.some((event) => event.memberId === ids.left)).toBe(false);
  });

  it('lets the parent recompute the period’s losses from the exported file', async () => {
    const { register, ids } = await registerWithLeavers();
    const exported = await register.call('exchange.export', { period: '2026-Q3' });
    const content = exchangeContentSchema.parse(readExchangeFile(Buffer.from(exported.file.base64, 'base64')).content);
    const inQuarter = (date: string) => date >= Q3.from && date <= Q3.to;
    const lostInQuarter = (type: string) => content.events.filter((event) => event.type === type && inQuarter(event.date)).length;
    expect(lostInQuarter('transferred_out')).toBe(content.report.indicators['changes.transferred_out']);
    expect(lostInQuarter('transferred_out')).toBe(2);
    expect(lostInQuarter('died')).toBe(content.report.indicators['changes.died']);
    expect(lostInQuarter('removed')).toBe(content.report.indicators['changes.removed']);
    expect(content.members.filter((member) => member.state.countedHere).map((member) => member.id)).toEqual([ids.an]);
    expect(content.report.indicators['members.total']).toBe(1);
  });
});
