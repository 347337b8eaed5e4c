import { describe, expect, it } from 'vitest';
import { missingMeetings } from '../../../../shared/meetings/reminders';
import { MEETING_FREQUENCY } from '../../../../shared/rules/meetings';

// Source under test: shared/meetings/reminders.ts over the dated rule MEETING_FREQUENCY.

describe('missing meetings', () => {
  it('holds the rule with its sources: a regular meeting every month, a thematic one every quarter', () => {
    expect(MEETING_FREQUENCY.rows).toEqual([
      expect.objectContaining({ value: { regularEveryMonths: 1, thematicEveryMonths: 3 }, source: expect.stringMatching(/Điều lệ Đảng.*12-HD\/BTCTW/) }),
    ]);
  });

  it('lists each month of the year without a regular meeting, and each quarter without a thematic one, up to today', () => {
    const meetings = [
      { date: '2026-01-15', kind: 'regular' as const },
      { date: '2026-02-10', kind: 'combined' as const },
      { date: '2026-03-12', kind: 'extraordinary' as const },
      { date: '2026-04-09', kind: 'thematic' as const },
    ];
    const missing = missingMeetings(meetings, '2026-04-20', '2025-06-01');
    expect(missing.map(({ kind, params }) => [kind, params.index, params.current])).toEqual([
      // An extraordinary meeting is no regular one; a thematic one is no regular one either.
      ['meeting_regular_missing', 3, false],
      ['meeting_regular_missing', 4, true],
    ]);
  });

  it('does not ask for periods that ended before the register began, nor for those not yet started', () => {
    const missing = missingMeetings([], '2026-08-05', '2026-07-10');
    expect(missing.map(({ kind, date }) => [kind, date])).toEqual([
      ['meeting_regular_missing', '2026-07-31'],
      ['meeting_regular_missing', '2026-08-31'],
      ['meeting_thematic_missing', '2026-09-30'],
    ]);
  });
});
