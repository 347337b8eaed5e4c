import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatViDate, addMonths, type IsoDate } from '../../../../../shared/dates/calendar';
import type { MemberEventInput } from '../../../../../shared/members/events';
import type { FilePayload } from '../../../../../shared/members/views';
import type { Indicators } from '../../../../../shared/reports/indicators';
import { openExportRegister, type ExportRegister } from '../export/export-register';

/**
 * Export → import invariants over random registers (issue 6): whatever a cell records and in whatever order its
 * revisions reach the committee, the committee ends with the highest revision, its consolidated figures are the
 * cell's own at that revision, each file's outcome follows from the ones before it, and importing any file again
 * changes nothing.
 */

const CELL = { code: 'CB01', name: 'Chi bộ 1', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường 5' };
const WARD = { code: 'DU05', name: 'Đảng ủy phường 5', kind: 'dang_bo_co_so', parentCode: 'QU01', parentName: 'Quận ủy' };

const day = (from: string, to: string) =>
  fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10) as IsoDate);

/** A member's history: admitted, perhaps made official a year later, perhaps died or transferred out after that. */
const history = fc
  .record({ admitted: day('1990-01-01', '2026-09-01'), official: fc.boolean(), exit: fc.constantFrom(null, 'died', 'transferred_out'), exitGap: fc.integer({ min: 1, max: 400 }) })
  .map(({ admitted, official, exit, exitGap }): MemberEventInput[] => {
    const events: MemberEventInput[] = [{ type: 'admitted', date: formatViDate(admitted) }];
    let last = admitted;
    const recognised = addMonths(admitted, 12);
    if (official && recognised <= '2026-09-30') {
      events.push({ type: 'made_official', date: formatViDate(recognised) });
      last = recognised;
    }
    const exitDay = new Date(Date.parse(`${last}T00:00:00Z`) + exitGap * 86_400_000).toISOString().slice(0, 10);
    if (exit === 'died' && exitDay <= '2026-09-30') events.push({ type: 'died', date: formatViDate(exitDay) });
    if (exit === 'transferred_out' && exitDay <= '2026-09-30') {
      events.push({ type: 'transferred_out', date: formatViDate(exitDay), otherUnit: 'Chi bộ Xóm Mới' });
    }
    return events;
  });

/** Each revision adds a few members before the cell exports again. */
const batches = fc.array(fc.array(history, { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 3 });

const opened: ExportRegister[] = [];
afterEach(() => {
  for (const register of opened.splice(0)) register.cleanup();
});

describe('export → import', () => {
  // 25 runs of two real registers each: seconds, more on a loaded machine.
  it('ends with the highest revision and the cell’s own figures, whatever the order the files arrive in', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        batches.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list.map((_, index) => index), { minLength: list.length }))),
        async ([list, order]) => {
          const cell = await openExportRegister(CELL);
          const ward = await openExportRegister(WARD);
          opened.push(cell, ward);
          const files: FilePayload[] = [];
          const totals: Indicators[] = [];
          let count = 0;
          for (const batch of list) {
            for (const events of batch) await cell.add(undefined, { fullName: `Đảng viên ${++count}` }, events);
            files.push((await cell.call('exchange.export', { period: '2026-Q3' })).file);
            totals.push((await cell.call('reports.period', { period: '2026-Q3' })).totals);
          }

          let latest = 0;
          const accepted = new Set<number>();
          for (const index of order) {
            const file = files[index] as FilePayload;
            const preview = await ward.call('exchange.importPreview', { files: [file] });
            const trust = latest === 0 ? [preview.files[0]?.fingerprint ?? ''] : [];
            const [verdict] = (await ward.call('exchange.importCommit', { files: [file], trust, backup: false })).files;
            const revision = index + 1;
            expect(verdict?.outcome).toBe(latest === 0 ? 'accept' : revision > latest ? 'supersede' : 'stale');
            if (revision > latest) accepted.add(index);
            latest = Math.max(latest, revision);
          }
          expect(latest).toBe(list.length);

          const before = await ward.call('reports.period', { period: '2026-Q3' });
          expect(before.sources).toEqual([expect.objectContaining({ unitCode: 'CB01', status: 'received', revision: list.length })]);
          const own = totals[list.length - 1] as Indicators;
          for (const key of ['members.total', 'members.opening', 'changes.admitted', 'changes.died', 'changes.transferred_out', 'members.official'] as const) {
            expect(before.totals[key], key).toBe(own[key]);
          }
          expect(before.identity.holds).toBe(true);

          // Any file again: nothing changes (a file once accepted is recognised byte for byte; one refused is still stale).
          const again = (await ward.call('exchange.importCommit', { files, backup: false })).files.map((verdict) => verdict.outcome);
          expect(again).toEqual(files.map((_, index) => (accepted.has(index) ? 'already' : 'stale')));
          expect((await ward.call('reports.period', { period: '2026-Q3' })).totals).toEqual(before.totals);
          for (const register of opened.splice(0)) register.cleanup();
        },
      ),
      { numRuns: 25 },
    );
  });
});
