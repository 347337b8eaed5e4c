import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../../shared/members/state';
import { rosterOf, ratingDayOf, type RegisterMember } from '../../../../shared/ratings/roster';
import { notRatedMembers, ratingYear } from '../../../../shared/ratings/sheet';

// Source under test: shared/ratings/roster.ts and sheet.ts over shared/members/state.ts and shared/rules/ratings.ts.

const ADMITTED: HistoryEvent = { type: 'admitted', date: '2010-01-05' };
const OFFICIAL: HistoryEvent = { type: 'made_official', date: '2011-02-01' };

let nextId = 1;
const member = (fullName: string, events: HistoryEvent[]): RegisterMember => ({
  memberId: nextId++,
  fullName,
  unitName: 'Chi bộ Khu phố 3',
  events: [ADMITTED, OFFICIAL, ...events].sort((a, b) => (a.date < b.date ? -1 : 1)),
});

describe("a year's roster", () => {
  const an = member('Trần Văn An', []);
  const binh = member('Lê Thị Bình', [{ type: 'exemption_start', date: '2025-03-01' }]);
  const cuong: RegisterMember = { memberId: nextId++, fullName: 'Phạm Văn Cường', unitName: 'Chi bộ Khu phố 3', events: [{ type: 'admitted', date: '2025-08-15' }] };
  const dung = member('Đỗ Văn Dũng', [{ type: 'transferred_out', date: '2025-05-10', otherUnit: 'Chi bộ B' }]);
  const em = member('Hoàng Thị Em', [{ type: 'transferred_out', date: '2024-11-10', otherUnit: 'Chi bộ C' }]);
  const giang = member('Vũ Văn Giang', [{ type: 'temporary_out', date: '2025-09-01', otherUnit: 'Chi bộ D' }]);
  const hoa: RegisterMember = {
    memberId: nextId++,
    fullName: 'Ngô Thị Hoa',
    unitName: 'Chi bộ Khu phố 3',
    events: [ADMITTED, OFFICIAL, { type: 'temporary_in', date: '2025-04-01', otherUnit: 'Chi bộ E' }],
  };
  const khanh = member('Bùi Văn Khánh', [{ type: 'died', date: '2026-02-01' }]);
  const register = [an, binh, cuong, dung, em, giang, hoa, khanh];

  it('rates on 31 December', () => {
    expect(ratingDayOf(2025)).toBe('2025-12-31');
  });

  it('lists who was here during the year in name order, due or not with the reason on 31 December', () => {
    const roster = rosterOf(2025, register);
    expect(roster.map((entry) => [entry.fullName, entry.due, entry.notDueReason, entry.countedHere])).toEqual([
      ['Trần Văn An', true, null, true],
      ['Lê Thị Bình', false, 'exempt', true],
      ['Phạm Văn Cường', false, 'newly_admitted', true],
      ['Đỗ Văn Dũng', false, 'transferred_out', false],
      ['Vũ Văn Giang', true, null, true],
      ['Ngô Thị Hoa', false, 'temporarily_attached', false],
      ['Bùi Văn Khánh', true, null, true],
    ]);
  });

  it('leaves out a member who left before the year, and rates the newly admitted once six months have passed', () => {
    expect(rosterOf(2025, register).some((entry) => entry.fullName === 'Hoàng Thị Em')).toBe(false);
    expect(rosterOf(2024, register).find((entry) => entry.fullName === 'Hoàng Thị Em')).toMatchObject({ notDueReason: 'transferred_out' });
    const june = member('Lý Văn Minh', []);
    june.events = [{ type: 'admitted', date: '2025-06-30' }];
    expect(rosterOf(2025, [june])[0]).toMatchObject({ due: true });
    june.events = [{ type: 'admitted', date: '2025-07-01' }];
    expect(rosterOf(2025, [june])[0]).toMatchObject({ due: false, notDueReason: 'newly_admitted' });
  });

  it('keeps a past year as it was whatever happens later', () => {
    // Khánh died on 1/2/2026: the 2026 sheet says so, the 2025 one still rates him.
    expect(rosterOf(2025, register).find((entry) => entry.fullName === 'Bùi Văn Khánh')).toMatchObject({ due: true });
    expect(rosterOf(2026, register).find((entry) => entry.fullName === 'Bùi Văn Khánh')).toMatchObject({ notDueReason: 'died' });
  });

  it('says why each member counted here has no level', () => {
    const roster = rosterOf(2025, register);
    const recorded = new Map([
      [an.memberId, { level: 'htt' as const, notRatedReason: null }],
      [giang.memberId, { level: null, notRatedReason: 'Nghỉ ốm dài ngày' }],
    ]);
    const year = ratingYear(2025, roster, recorded, { code: 'CB012', name: 'Chi bộ Khu phố 3', level: 'htt' });
    expect(year.counts).toEqual({ htxs: 0, htt: 1, ht: 0, kht: 0, notRated: 4 });
    expect(year.dueRule).toEqual({ citation: 'Hướng dẫn 43-HD/BTCTW ngày 31/10/2025 (verify)', newlyAdmittedMonths: 6 });
    expect(notRatedMembers(year.members).map((row) => [row.fullName, row.why])).toEqual([
      ['Lê Thị Bình', { kind: 'not_due', reason: 'exempt' }],
      ['Phạm Văn Cường', { kind: 'not_due', reason: 'newly_admitted' }],
      ['Vũ Văn Giang', { kind: 'recorded', reason: 'Nghỉ ốm dài ngày' }],
      ['Bùi Văn Khánh', { kind: 'not_entered' }],
    ]);
  });
});
