import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberEventInput } from '../../../../shared/members/events';
import { AN, openRegister, type Register } from '../members/register';

// Source under test: db/ratings/*.ts through dispatch ('ratings.*'), over shared/ratings/*.ts. Today is 5/1/2026.

const ADMITTED: MemberEventInput = { type: 'admitted', date: '05/01/2010' };
const OFFICIAL: MemberEventInput = { type: 'made_official', date: '01/02/2011' };

describe('annual review and rating', () => {
  let register: Register;
  const add = async (fullName: string, events: MemberEventInput[] = []) =>
    (await register.call('members.create', { record: { ...AN, fullName, citizenId: '', partyCardNumber: '' }, unitCode: '', events: [ADMITTED, OFFICIAL, ...events] })).id;
  const audit = () =>
    register.store.db
      .prepare("SELECT entity_id AS entityId, member_id AS memberId, action, before, after FROM audit_log WHERE entity = 'rating' ORDER BY id")
      .all() as { entityId: number; memberId: number | null; action: string; before: string | null; after: string | null }[];
  const stored = () => (register.store.db.prepare('SELECT count(*) AS n FROM ratings').get() as { n: number }).n;

  let an: number;
  let binh: number;
  let cuong: number;

  beforeEach(async () => {
    register = await openRegister();
    an = await add('Trần Văn An');
    binh = await add('Lê Thị Bình', [{ type: 'exemption_start', date: '01/06/2025', decisionNumber: '05-NQ/CB' }]);
    cuong = await add('Phạm Văn Cường');
    await add('Hoàng Thị Em', [{ type: 'transferred_out', date: '10/11/2024', otherUnit: 'Chi bộ C' }]);
  });
  afterEach(() => register.cleanup());

  it("draws a year's sheet from the events: the exempt member not due with the reason, one who left before absent", async () => {
    const year = await register.call('ratings.year', { year: 2025 });
    expect(year.ratingDay).toBe('2025-12-31');
    expect(year.members.map((row) => [row.fullName, row.due, row.notDueReason, row.level])).toEqual([
      ['Trần Văn An', true, null, null],
      ['Lê Thị Bình', false, 'exempt', null],
      ['Phạm Văn Cường', true, null, null],
    ]);
    expect(year.members[0]).toMatchObject({ unitName: 'Chi bộ Khu phố 3', notRatedReason: null, countedHere: true });
    expect(year.unit).toEqual({ code: 'CB012', name: 'Chi bộ Khu phố 3', level: null });
    expect(year.counts).toEqual({ htxs: 0, htt: 0, ht: 0, kht: 0, notRated: 3 });
    expect(year.quota).toMatchObject({ allowed: 0, actual: 0, exceeded: false });
    expect(year.dueRule?.newlyAdmittedMonths).toBe(6);
    const earlier = await register.call('ratings.year', { year: 2024 });
    expect(earlier.members.find((row) => row.fullName === 'Hoàng Thị Em')).toMatchObject({ due: false, notDueReason: 'transferred_out' });
  });

  it('saves a sheet in one go, counts it, and audits only what changed', async () => {
    const saved = await register.call('ratings.save', {
      year: 2025,
      members: [
        { memberId: an, level: 'htt' },
        { memberId: cuong, level: null, notRatedReason: 'Nghỉ ốm dài ngày' },
      ],
      unit: { level: 'htt' },
    });
    expect(saved.members.map((row) => [row.fullName, row.level, row.notRatedReason])).toEqual([
      ['Trần Văn An', 'htt', null],
      ['Lê Thị Bình', null, null],
      ['Phạm Văn Cường', null, 'Nghỉ ốm dài ngày'],
    ]);
    expect(saved.unit.level).toBe('htt');
    expect(saved.counts).toEqual({ htxs: 0, htt: 1, ht: 0, kht: 0, notRated: 2 });
    expect(await register.call('ratings.year', { year: 2025 })).toEqual(saved);
    expect(audit().map((row) => [row.memberId, row.action])).toEqual([
      [an, 'create'],
      [cuong, 'create'],
      [null, 'create'],
    ]);
    expect(JSON.parse(audit()[2]?.after ?? '')).toEqual({ year: 2025, unitCode: 'CB012', level: 'htt' });

    await register.call('ratings.save', {
      year: 2025,
      members: [
        { memberId: an, level: 'htxs' },
        { memberId: cuong, level: null, notRatedReason: 'Nghỉ ốm dài ngày' },
      ],
      unit: { level: 'htt' },
    });
    const [change] = audit().slice(3);
    expect(audit()).toHaveLength(4);
    expect(change).toMatchObject({ memberId: an, action: 'update' });
    expect(JSON.parse(change?.before ?? '')).toEqual({ year: 2025, memberId: an, level: 'htt', notRatedReason: null });
    expect(JSON.parse(change?.after ?? '')).toEqual({ year: 2025, memberId: an, level: 'htxs', notRatedReason: null });

    const cleared = await register.call('ratings.save', { year: 2025, members: [{ memberId: cuong, level: null }], unit: { level: null } });
    expect(cleared.members.find((row) => row.memberId === cuong)?.notRatedReason).toBeNull();
    expect(cleared.unit.level).toBeNull();
    expect(audit().slice(4).map((row) => [row.memberId, row.action, row.after])).toEqual([
      [cuong, 'delete', null],
      [null, 'delete', null],
    ]);
    expect(stored()).toBe(1);
  });

  it('warns when more are rated "xuất sắc" than the quota allows, and saves all the same', async () => {
    const others = [];
    for (const name of ['Đỗ Văn Dũng', 'Vũ Văn Giang', 'Ngô Thị Hoa', 'Bùi Văn Khánh']) others.push(await add(name));
    const saved = await register.call('ratings.save', {
      year: 2024,
      members: [
        { memberId: an, level: 'htxs' },
        { memberId: cuong, level: 'htxs' },
        { memberId: binh, level: 'htt' },
        ...others.map((memberId) => ({ memberId, level: 'htt' as const })),
      ],
      unit: { level: 'htxs' },
    });
    expect(saved.counts).toEqual({ htxs: 2, htt: 5, ht: 0, kht: 0, notRated: 0 });
    expect(saved.quota).toEqual({
      ruleCitation: 'Quy định 124-QĐ/TW ngày 04/10/2023, Điều 12; Hướng dẫn 25-HD/BTCTW ngày 10/11/2023 (verify)',
      maxPercentOfGood: 20,
      allowed: 1,
      actual: 2,
      exceeded: true,
    });
    expect(stored()).toBe(8);
  });

  it('refuses a member not due that year, naming the reason, and writes nothing', async () => {
    const result = await register.attempt('ratings.save', {
      year: 2025,
      members: [
        { memberId: an, level: 'htt' },
        { memberId: binh, level: 'htt' },
      ],
      unit: { level: 'htt' },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        type: 'conflict',
        message: 'ratings.errors.not_due.exempt',
        params: { name: 'Lê Thị Bình', year: 2025 },
        issues: [{ path: 'members.1.memberId', message: 'ratings.errors.not_due.exempt', params: { name: 'Lê Thị Bình', year: 2025 } }],
      },
    });
    expect(stored()).toBe(0);
    expect(audit()).toEqual([]);
  });

  it('refuses a level given with a reason, a member twice or unknown, and a year not yet come', async () => {
    const both = await register.attempt('ratings.save', {
      year: 2025,
      members: [{ memberId: an, level: 'htt', notRatedReason: 'Ốm' }],
      unit: { level: null },
    });
    expect(both.ok ? null : both.error).toMatchObject({
      message: 'ratings.errors.level_and_reason',
      issues: [{ path: 'members.0.notRatedReason' }],
    });
    const twice = await register.attempt('ratings.save', {
      year: 2025,
      members: [
        { memberId: an, level: 'htt' },
        { memberId: an, level: 'ht' },
      ],
      unit: { level: null },
    });
    expect(twice.ok ? null : twice.error.message).toBe('ratings.errors.member_twice');
    const unknown = await register.attempt('ratings.save', { year: 2025, members: [{ memberId: 999, level: 'htt' }], unit: { level: null } });
    expect(unknown.ok ? null : unknown.error).toMatchObject({ message: 'errors.member_not_found', params: { id: 999 } });
    const future = await register.attempt('ratings.save', { year: 2027, members: [], unit: { level: 'htt' } });
    expect(future.ok ? null : future.error).toMatchObject({ type: 'validation', message: 'ratings.errors.future_year', params: { year: 2027, current: 2026 } });
    expect(stored()).toBe(0);
  });

  it("keeps a past year's sheet when later events change the member", async () => {
    await register.call('ratings.save', { year: 2025, members: [{ memberId: an, level: 'htt' }], unit: { level: null } });
    const before = await register.call('ratings.year', { year: 2025 });
    await register.call('events.add', { memberId: an, event: { type: 'transferred_out', date: '03/01/2026', otherUnit: 'Chi bộ B' } });
    expect(await register.call('ratings.year', { year: 2025 })).toEqual(before);
    const now = await register.call('ratings.year', { year: 2026 });
    expect(now.members.find((row) => row.memberId === an)).toMatchObject({ due: false, notDueReason: 'transferred_out', countedHere: false });
  });
});
