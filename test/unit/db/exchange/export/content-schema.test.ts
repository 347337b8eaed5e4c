import { describe, expect, it } from 'vitest';
import { contentCounts, exchangeContentSchema, type ContentDocument } from '../../../../../shared/exchange/content';
import { lastEndedQuarter, periodsCoveringQuarterEnd } from '../../../../../shared/exchange/export-reminders';

const identity = { opening: 1, added: 0, lost: 0, expectedClosing: 1, closing: 1, holds: true };
const minimal: ContentDocument = {
  contentVersion: 1,
  period: '2026-Q3',
  asOf: '2026-09-30',
  report: { indicators: { 'members.total': 1, 'meetings.attendance_rate': null }, units: [], identity, identityViolations: [], composition: { admissions: [], ethnicities: [], religions: [] } },
  members: [],
  events: [],
  meetings: [],
  ktgs: [],
  ratings: { year: 2026, scope: 'recorded_so_far', members: [], units: [] },
  units: [],
  completeness: { deadline: null, units: [] },
};

describe('the content document, version 1', () => {
  it('accepts a minimal document and counts its sections for the manifest', () => {
    expect(exchangeContentSchema.parse(minimal)).toEqual(minimal);
    expect(contentCounts(minimal)).toEqual({ events: 0, ktgs: 0, meetings: 0, members: 0, ratings: 0, units: 0 });
  });

  it('is strict: an unknown key, a missing section or another version is refused', () => {
    expect(exchangeContentSchema.safeParse({ ...minimal, extra: 1 }).success).toBe(false);
    const { meetings: _meetings, ...withoutMeetings } = minimal;
    expect(exchangeContentSchema.safeParse(withoutMeetings).success).toBe(false);
    expect(exchangeContentSchema.safeParse({ ...minimal, contentVersion: 2 }).success).toBe(false);
    expect(exchangeContentSchema.safeParse({ ...minimal, units: [{ unitCode: 'CB01', revision: 1, bundleId: 'x', fileSha256: 'a'.repeat(64), base64: 'not base64!' }] }).success).toBe(false);
  });
});

describe('the last ended quarter', () => {
  it('is the quarter before today’s, across the new year', () => {
    expect(lastEndedQuarter('2026-10-01').code).toBe('2026-Q3');
    expect(lastEndedQuarter('2026-09-30').code).toBe('2026-Q2');
    expect(lastEndedQuarter('2027-01-15')).toMatchObject({ code: '2026-Q4', to: '2026-12-31' });
  });

  it('is stood for by the longer period ending the same day', () => {
    expect(periodsCoveringQuarterEnd(lastEndedQuarter('2026-04-02'))).toEqual(['2026-Q1']);
    expect(periodsCoveringQuarterEnd(lastEndedQuarter('2026-07-02'))).toEqual(['2026-Q2', '2026-H1']);
    expect(periodsCoveringQuarterEnd(lastEndedQuarter('2026-10-02'))).toEqual(['2026-Q3', '2026-9M']);
    expect(periodsCoveringQuarterEnd(lastEndedQuarter('2027-01-02'))).toEqual(['2026-Q4', '2026']);
  });
});
