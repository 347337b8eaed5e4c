import { describe, expect, it } from 'vitest';
import { expectedAttendees, meetingFigures, type EarlierMeeting, type ExpectedMember } from '../../../../shared/meetings/figures';
import { meetingInputSchema } from '../../../../shared/meetings/schema';
import { memberEventSchema, type MemberEvent, type MemberEventInput } from '../../../../shared/members/events';
import { memberStateOn } from '../../../../shared/members/state';

// Source under test: shared/meetings/figures.ts, shared/meetings/schema.ts, shared/rules/meetings.ts.

const DAY = '2026-03-10';
const events = (inputs: MemberEventInput[]): MemberEvent[] =>
  inputs.map((input, index) => ({ ...memberEventSchema.parse(input), id: index + 1, seq: 1 }) as MemberEvent);
const ADMITTED: MemberEventInput = { type: 'admitted', date: '2010-01-05' };
const OFFICIAL: MemberEventInput = { type: 'made_official', date: '2011-02-01' };
const on = (memberId: number, fullName: string, inputs: MemberEventInput[]) => ({
  memberId,
  fullName,
  state: memberStateOn(events(inputs), DAY),
});

const FIVE: ExpectedMember[] = [1, 2, 3, 4, 5].map((memberId) => ({ memberId, fullName: `Đảng viên ${memberId}`, attached: false }));
const allPresent = FIVE.map(({ memberId }) => ({ memberId, presence: 'present' as const }));
const meeting = (overrides: Partial<Parameters<typeof meetingFigures>[0]> = {}) => ({
  kind: 'regular' as const,
  date: DAY,
  startTime: '19:00',
  endTime: '21:00',
  attendance: allPresent,
  ...overrides,
});

describe('expectedAttendees', () => {
  it('excludes exempt and temporarily away members and those not counted here, includes temporarily attached', () => {
    const states = [
      on(1, 'Official', [ADMITTED, OFFICIAL]),
      on(2, 'Exempt', [ADMITTED, OFFICIAL, { type: 'exemption_start', date: '2025-01-01' }]),
      on(3, 'Away', [ADMITTED, OFFICIAL, { type: 'temporary_out', date: '2026-01-01', otherUnit: 'Chi bộ B' }]),
      on(4, 'Attached', [ADMITTED, { type: 'temporary_in', date: '2026-01-01', otherUnit: 'Chi bộ C' }]),
      on(5, 'Left', [ADMITTED, OFFICIAL, { type: 'transferred_out', date: '2026-02-01', otherUnit: 'Chi bộ D' }]),
      on(6, 'Probationary', [{ type: 'admitted', date: '2025-12-01' }]),
      on(7, 'Later', [{ type: 'admitted', date: '2026-04-01' }]),
    ];
    expect(expectedAttendees(states)).toEqual([
      { memberId: 1, fullName: 'Official', attached: false },
      { memberId: 4, fullName: 'Attached', attached: true },
      { memberId: 6, fullName: 'Probationary', attached: false },
    ]);
  });
});

describe('meetingFigures', () => {
  it('passes a full, long enough meeting', () => {
    const figures = meetingFigures(meeting(), FIVE, []);
    expect(figures).toMatchObject({ expected: 5, present: 5, excused: 0, absent: 0, rate: 1, durationMinutes: 120 });
    expect(figures.durationShort).toBeNull();
    expect(figures.quality).toEqual({ passed: true, rule: 'Hướng dẫn 12-HD/BTCTW ngày 6/7/2018', failures: [] });
  });

  it('fails on one unexcused absence, naming the member, and on attendance not above 85%', () => {
    const attendance = allPresent.map((row) => (row.memberId === 3 ? { memberId: 3, presence: 'absent' as const } : row));
    const figures = meetingFigures(meeting({ attendance }), FIVE, []);
    expect(figures).toMatchObject({ present: 4, absent: 1, rate: 0.8 });
    expect(figures.quality.passed).toBe(false);
    expect(figures.quality.failures).toEqual([
      { key: 'rules.meeting.attendance_low', params: expect.objectContaining({ rate: 80, minimum: 85 }) as unknown },
      {
        key: 'rules.meeting.unexcused_absence',
        params: { count: 1, names: 'Đảng viên 3', rule: 'Hướng dẫn 12-HD/BTCTW ngày 6/7/2018' },
      },
    ]);
  });

  it('finds 80 minutes of a regular meeting and 110 of a combined one too short, citing the rule', () => {
    const rule = 'Chỉ thị 50-CT/TW ngày 23/7/2025; Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 (verify)';
    expect(meetingFigures(meeting({ endTime: '20:20' }), FIVE, []).durationShort).toEqual({ minimum: 90, rule });
    expect(meetingFigures(meeting({ kind: 'combined', endTime: '20:50' }), FIVE, []).durationShort).toEqual({ minimum: 120, rule });
    expect(meetingFigures(meeting({ endTime: '20:30' }), FIVE, []).durationShort).toBeNull();
    // Before Chỉ thị 50 no minimum is encoded: nothing is applied backwards.
    expect(meetingFigures(meeting({ date: '2025-06-10', endTime: '19:30' }), FIVE, []).durationShort).toBeNull();
  });

  it('fails the 4th excused absence in a row in the year, not the 3rd; a previous year does not count', () => {
    const excused = (date: string): EarlierMeeting => ({
      date,
      startTime: '19:00',
      attendance: [{ memberId: 2, presence: 'excused' }],
    });
    const attendance = allPresent.map((row) => (row.memberId === 2 ? { memberId: 2, presence: 'excused' as const } : row));
    const third = meetingFigures(meeting({ attendance }), FIVE, [excused('2025-12-10'), excused('2026-01-10'), excused('2026-02-10')]);
    expect(third.quality.failures.map((failure) => failure.key)).not.toContain('rules.meeting.excused_in_a_row');

    const fourth = meetingFigures(meeting({ date: '2026-04-10', attendance }), FIVE, [
      excused('2026-01-10'),
      excused('2026-02-10'),
      excused('2026-03-10'),
    ]);
    expect(fourth.quality.failures).toContainEqual({
      key: 'rules.meeting.excused_in_a_row',
      params: { name: 'Đảng viên 2', count: 4, max: 3, rule: 'Hướng dẫn 12-HD/BTCTW ngày 6/7/2018' },
    });
  });

  it('counts exempt members who attend apart, outside the denominator', () => {
    const figures = meetingFigures(meeting({ attendance: [...allPresent, { memberId: 9, presence: 'present' }] }), FIVE, [], new Set([9]));
    expect(figures).toMatchObject({ expected: 5, present: 5, exemptPresent: 1, rate: 1 });
  });
});

describe('meetingInputSchema', () => {
  const base = { kind: 'regular', date: '10/03/2026', startTime: '19:00', endTime: '21:00' };
  it('requires the end after the start and a reason for an excused absence', () => {
    const result = meetingInputSchema.safeParse({
      ...base,
      endTime: '18:30',
      attendance: [{ memberId: 1, presence: 'excused' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['attendance.0.reason', 'validation.meeting_reason_required'],
      ['endTime', 'validation.meeting_end_before_start'],
    ]);
  });
  it('normalises the date to ISO and defaults guests and attendance', () => {
    expect(meetingInputSchema.parse({ ...base, startTime: '7:30' })).toEqual({
      ...base,
      date: '2026-03-10',
      startTime: '07:30',
      guests: [],
      attendance: [],
    });
  });
});
