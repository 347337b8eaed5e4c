import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberEventInput } from '../../../../shared/members/events';
import { AN, openRegister, type Register } from '../members/register';

// Source under test: db/meetings/*.ts through dispatch ('meetings.*'), over shared/meetings/figures.ts.

const ADMITTED: MemberEventInput = { type: 'admitted', date: '05/01/2010' };
const OFFICIAL: MemberEventInput = { type: 'made_official', date: '01/02/2011' };

describe('meetings', () => {
  let register: Register;
  const add = async (fullName: string, events: MemberEventInput[]) =>
    (await register.call('members.create', { record: { ...AN, fullName, citizenId: '', partyCardNumber: '' }, unitCode: '', events })).id;
  const audit = () =>
    register.store.db
      .prepare("SELECT entity, entity_id AS entityId, member_id AS memberId, action, before IS NULL AS noBefore, after IS NULL AS noAfter FROM audit_log WHERE entity = 'meeting' ORDER BY id")
      .all();

  let an: number;
  let binh: number;
  let cuong: number;
  let dung: number;
  let em: number;

  beforeEach(async () => {
    register = await openRegister();
    an = await add('Trần Văn An', [ADMITTED, OFFICIAL]);
    binh = await add('Lê Thị Bình', [ADMITTED, OFFICIAL]);
    cuong = await add('Phạm Văn Cường', [ADMITTED, OFFICIAL, { type: 'exemption_start', date: '01/06/2025' }]);
    dung = await add('Đỗ Văn Dũng', [ADMITTED, OFFICIAL, { type: 'temporary_out', date: '01/09/2025', otherUnit: 'Chi bộ B' }]);
    em = await add('Hoàng Thị Em', [ADMITTED, OFFICIAL, { type: 'transferred_out', date: '01/10/2025', otherUnit: 'Chi bộ C' }]);
  });
  afterEach(() => register.cleanup());

  const december = (attendance: { memberId: number; presence: 'present' | 'excused' | 'absent'; reason?: string }[]) => ({
    kind: 'regular' as const,
    date: '10/12/2025',
    startTime: '19:00',
    endTime: '20:20',
    place: 'Nhà văn hóa khu phố 3',
    guests: [{ name: 'Nguyễn Văn Khách', position: 'Đảng ủy viên', upperLevel: true }],
    attendance,
  });

  it('offers the form the members expected on a day, and the exempt ones apart, before anything is recorded', async () => {
    const roll = await register.call('meetings.roll', { date: '10/12/2025' });
    expect(roll.expected.map((member) => member.fullName)).toEqual(['Trần Văn An', 'Lê Thị Bình']);
    expect(roll.exempt.map((member) => member.fullName)).toEqual(['Phạm Văn Cường']);
    const summer = await register.call('meetings.roll', { date: '15/07/2025' });
    expect(summer.expected.map((member) => member.fullName)).toEqual(['Trần Văn An', 'Lê Thị Bình', 'Đỗ Văn Dũng', 'Hoàng Thị Em']);
  });

  it('records a meeting with its expected list as of its day, figures and quality, and audits it', async () => {
    const created = await register.call(
      'meetings.create',
      december([
        { memberId: an, presence: 'present' },
        { memberId: binh, presence: 'absent' },
        { memberId: cuong, presence: 'present' },
      ]),
    );
    expect(created.expected.map((member) => member.fullName)).toEqual(['Trần Văn An', 'Lê Thị Bình']);
    expect(created.exempt.map((member) => member.fullName)).toEqual(['Phạm Văn Cường']);
    expect(created.attendance).toEqual([
      { memberId: an, fullName: 'Trần Văn An', presence: 'present', reason: null },
      { memberId: binh, fullName: 'Lê Thị Bình', presence: 'absent', reason: null },
      { memberId: cuong, fullName: 'Phạm Văn Cường', presence: 'present', reason: null },
    ]);
    expect(created.figures).toMatchObject({ expected: 2, present: 1, absent: 1, exemptPresent: 1, rate: 0.5, durationMinutes: 80 });
    expect(created.figures.durationShort).toEqual({ minimum: 90, rule: expect.stringContaining('Chỉ thị 50-CT/TW') as unknown });
    expect(created.figures.quality.failures).toContainEqual({
      key: 'rules.meeting.unexcused_absence',
      params: { count: 1, names: 'Lê Thị Bình', rule: 'Hướng dẫn 12-HD/BTCTW ngày 6/7/2018' },
    });
    expect(created.guests).toEqual([{ name: 'Nguyễn Văn Khách', position: 'Đảng ủy viên', upperLevel: true }]);

    expect(await register.call('meetings.get', { id: created.id })).toEqual(created);
    const list = await register.call('meetings.list', { year: 2025 });
    expect(list.meetings).toEqual([expect.objectContaining({ id: created.id, figures: created.figures })]);
    expect((await register.call('meetings.list', { year: 2024 })).meetings).toEqual([]);
    expect(audit()).toEqual([{ entity: 'meeting', entityId: created.id, memberId: null, action: 'create', noBefore: 1, noAfter: 0 }]);
  });

  it('refuses attendance for a member who left, naming them, and for one temporarily away; writes nothing', async () => {
    const auditBefore = register.count('audit_log');
    const result = await register.attempt(
      'meetings.create',
      december([
        { memberId: an, presence: 'present' },
        { memberId: em, presence: 'present' },
        { memberId: dung, presence: 'absent' },
      ]),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        type: 'conflict',
        message: 'errors.meeting_member_not_expected',
        params: { name: 'Hoàng Thị Em', date: '10/12/2025' },
        issues: [
          { path: 'attendance.1.memberId', params: { name: 'Hoàng Thị Em' } },
          { path: 'attendance.2.memberId', params: { name: 'Đỗ Văn Dũng' } },
        ],
      },
    });
    expect(register.count('audit_log')).toBe(auditBefore);
    expect((await register.call('meetings.list', {})).meetings).toEqual([]);
  });

  it('refuses a member listed twice, and an exempt member marked absent', async () => {
    expect(
      await register.attempt('meetings.create', december([{ memberId: an, presence: 'present' }, { memberId: an, presence: 'absent' }])),
    ).toMatchObject({ ok: false, error: { message: 'errors.meeting_member_twice', params: { name: 'Trần Văn An' } } });
    expect(await register.attempt('meetings.create', december([{ memberId: cuong, presence: 'absent' }]))).toMatchObject({
      ok: false,
      error: { message: 'errors.meeting_exempt_not_present', params: { name: 'Phạm Văn Cường' } },
    });
  });

  it('updates (audited only when something changed) and deletes (audited with what was deleted)', async () => {
    const { id } = await register.call('meetings.create', december([{ memberId: an, presence: 'present' }, { memberId: binh, presence: 'excused', reason: 'Ốm' }]));
    const input = december([{ memberId: an, presence: 'present' }, { memberId: binh, presence: 'excused', reason: 'Ốm' }]);
    await register.call('meetings.update', { id, meeting: input });
    const updated = await register.call('meetings.update', { id, meeting: { ...input, endTime: '21:00' } });
    expect(updated.figures).toMatchObject({ durationMinutes: 120, durationShort: null, excused: 1 });
    expect(updated.figures.quality.passed).toBe(false); // 1 of 2 present is not above 85%
    expect(await register.call('meetings.delete', { id })).toEqual({ id });
    expect(await register.attempt('meetings.get', { id })).toMatchObject({ ok: false, error: { message: 'errors.meeting_not_found' } });
    expect(audit().map((row) => (row as { action: string }).action)).toEqual(['create', 'update', 'delete']);
    expect(register.store.db.prepare('SELECT count(*) AS n FROM meeting_attendance').get()).toEqual({ n: 0 });
  });

  it('fails the 4th excused absence in a row in the year, naming the member', async () => {
    for (const month of ['09', '10', '11', '12']) {
      await register.call('meetings.create', {
        ...december([{ memberId: an, presence: 'present' }, { memberId: binh, presence: 'excused', reason: 'Đi công tác' }]),
        date: `10/${month}/2025`,
        endTime: '21:00',
      });
    }
    const { meetings } = await register.call('meetings.list', { year: 2025 });
    const inARow = meetings.map((meeting) =>
      meeting.figures.quality.failures.filter((failure) => failure.key === 'rules.meeting.excused_in_a_row'),
    );
    expect(inARow.map((failures) => failures.length)).toEqual([0, 0, 0, 1]);
    expect(inARow[3]?.[0]?.params).toMatchObject({ name: 'Lê Thị Bình', count: 4, max: 3 });
  });
});
