import { describe, expect, it } from 'vitest';
import { memberStateOn, type HistoryEvent } from '../../../../shared/members/state';
import { combineCompositions, ethnicityCounts, religionCounts } from '../../../../shared/reports/compute/composition';
import { addRecommendation, recommendationStateOn } from '../../../../shared/reports/compute/ktgs';
import { addMeeting, attendanceByMonth } from '../../../../shared/reports/compute/meetings';
import { addSnapshot, type MemberFacts } from '../../../../shared/reports/compute/members';
import { emptyTally, tallyIndicators } from '../../../../shared/reports/compute/tally';

// Source under test: shared/reports/compute/{members,tally,composition,ktgs,meetings}.ts.

const official: HistoryEvent[] = [
  { type: 'admitted', date: '2000-01-01', seq: 1 },
  { type: 'made_official', date: '2001-02-01', seq: 1 },
];
const facts = (birthDate: string, extra: Partial<MemberFacts> = {}): MemberFacts => ({
  gender: 'nam',
  birthDate,
  ethnicity: '01',
  religion: 'khong',
  theoryLevel: null,
  qualification: null,
  ...extra,
});

describe('report figures', () => {
  it('puts each member in the age band of their age in whole years on the last day, the bands’ edges included', () => {
    const tally = emptyTally();
    const on = memberStateOn(official, '2026-09-30');
    for (const birthDate of ['2008-09-30', '1996-10-01', '1995-09-30', '1985-10-01', '1975-10-01', '1965-10-01', '1955-10-01', '1955-09-30']) {
      addSnapshot(tally, facts(birthDate), on);
    }
    // 18, 29, 31, 40, 50, 60, 70, 71.
    const { counts } = tally;
    expect([counts['members.age_18_30'], counts['members.age_31_40'], counts['members.age_41_50'], counts['members.age_51_60'], counts['members.age_61_70'], counts['members.age_over_70']]).toEqual([2, 2, 1, 1, 1, 1]);
  });

  it('maps the record’s theory and qualification codes to the catalogue’s keys, and counts the attached apart', () => {
    const tally = emptyTally();
    const on = memberStateOn(official, '2026-09-30');
    addSnapshot(tally, facts('1980-01-01', { theoryLevel: 'cao_cap', qualification: 'thac_si', ethnicity: '99', religion: 'khac', gender: 'nu' }), on);
    const attached = memberStateOn([...official, { type: 'temporary_in', date: '2026-01-01', seq: 1, otherUnit: 'Chi bộ khác' }], '2026-09-30');
    addSnapshot(tally, facts('1980-01-01', { theoryLevel: 'so_cap' }), attached);
    const indicators = tallyIndicators(tally, false);
    expect(indicators['members.theory_cao_cap']).toBe(1);
    expect(indicators['members.theory_so_cap']).toBe(0);
    expect(indicators['members.qual_thac_si']).toBe(1);
    expect(indicators['members.ethnic_minority']).toBe(1);
    expect(indicators['members.religious']).toBe(1);
    expect(indicators['members.female']).toBe(1);
    expect(indicators['members.total']).toBe(1);
    expect(indicators['members.temporarily_attached']).toBe(1);
  });

  it('gives the attendance rate as the share of all marks, null without meetings, and counts a combined meeting twice', () => {
    const tally = emptyTally();
    expect(tallyIndicators(tally, true)['meetings.attendance_rate']).toBeNull();
    expect(tallyIndicators(tally, true)['rating.htt']).toBe(0);
    expect(tallyIndicators(tally, false)['rating.htt']).toBeNull();
    const meetings = [
      { kind: 'combined', date: '2026-07-10', present: 9, expected: 10, upperLevelGuests: 1 },
      { kind: 'extraordinary', date: '2026-07-25', present: 1, expected: 2, upperLevelGuests: 0 },
      { kind: 'thematic', date: '2026-09-10', present: 5, expected: 8, upperLevelGuests: 2 },
    ] as const;
    for (const meeting of meetings) addMeeting(tally, meeting);
    const indicators = tallyIndicators(tally, false);
    expect(indicators['meetings.regular']).toBe(1);
    expect(indicators['meetings.thematic']).toBe(2);
    expect(indicators['meetings.upper_level_visits']).toBe(3);
    expect(indicators['meetings.attendance_rate']).toBe(15 / 20);
    expect(attendanceByMonth(['2026-07', '2026-08', '2026-09'], meetings)).toEqual([
      { month: '2026-07', meetings: 2, rate: 10 / 12 },
      { month: '2026-08', meetings: 0, rate: null },
      { month: '2026-09', meetings: 1, rate: 5 / 8 },
    ]);
  });

  it('reads a recommendation as of a past day: done only if done by then, overdue only after its deadline day', () => {
    const line = { inspectionId: 1, subject: 'Chi bộ 1', content: 'Khắc phục', deadline: '2026-09-15', responsible: null, startDate: '2026-08-01' };
    expect(recommendationStateOn({ ...line, doneOn: '2026-10-10' }, '2026-09-30')).toBe('overdue');
    expect(recommendationStateOn({ ...line, doneOn: '2026-10-10' }, '2026-12-31')).toBe('done');
    expect(recommendationStateOn({ ...line, doneOn: null }, '2026-09-15')).toBe('open');
    const tally = emptyTally();
    expect(addRecommendation(tally, { ...line, doneOn: null }, '2026-07-31')).toBeNull();
    expect(addRecommendation(tally, { ...line, doneOn: null }, '2026-09-30')).toBe('overdue');
    expect([tally.counts['ktgs.recommendations_open'], tally.counts['ktgs.recommendations_overdue']]).toEqual([1, 1]);
  });

  it('counts ethnicities and religions in the catalogue’s order, leaving out those nobody holds', () => {
    expect(ethnicityCounts(['06', '01', '01', '02'])).toEqual([
      { code: '01', count: 2 },
      { code: '02', count: 1 },
      { code: '06', count: 1 },
    ]);
    expect(religionCounts(['cong_giao', 'khong'])).toEqual([
      { code: 'khong', count: 1 },
      { code: 'cong_giao', count: 1 },
    ]);
  });

  it('adds a committee’s forms 2 and 4 from its register and its units’ files: counts summed, admissions by date then name', () => {
    const admission = (fullName: string, admittedOn: string, unitCode: string) => ({
      unitCode,
      fullName,
      gender: 'nam' as const,
      birthDate: '1990-01-01',
      ageAtAdmission: 36,
      ethnicity: '01',
      religion: 'khong',
      qualification: null,
      admittedOn,
      unitName: `Chi bộ ${unitCode}`,
    });
    const combined = combineCompositions([
      { admissions: [admission('Trần Văn Bình', '2026-08-01', 'CB01')], ethnicities: [{ code: '06', count: 1 }], religions: [{ code: 'khong', count: 1 }] },
      {
        admissions: [admission('Lê Văn An', '2026-08-01', 'CB02'), admission('Nguyễn Văn Cường', '2026-07-15', 'CB02')],
        ethnicities: [
          { code: '01', count: 4 },
          { code: '06', count: 2 },
        ],
        religions: [
          { code: 'khong', count: 5 },
          { code: 'cong_giao', count: 1 },
        ],
      },
    ]);
    expect(combined.admissions.map((row) => [row.fullName, row.unitCode])).toEqual([
      ['Nguyễn Văn Cường', 'CB02'],
      ['Lê Văn An', 'CB02'],
      ['Trần Văn Bình', 'CB01'],
    ]);
    expect(combined.ethnicities).toEqual([
      { code: '01', count: 4 },
      { code: '06', count: 3 },
    ]);
    expect(combined.religions).toEqual([
      { code: 'khong', count: 6 },
      { code: 'cong_giao', count: 1 },
    ]);
  });
});
