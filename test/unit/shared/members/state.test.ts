import { describe, expect, it } from 'vitest';
import { memberListStateOn, memberStateOn, sortEvents } from '../../../../shared/members/state';
import { e, history } from './history-fixture';

/** Admitted here in 2012, made official, away for a course, back, exempt when ill, died. */
const lifeHere = history(
  e('admitted', '2012-05-10', { ceremonyDate: '2012-05-19' }),
  e('made_official', '2013-05-20'),
  e('temporary_out', '2015-09-01', { otherUnit: 'Chi bộ Học viện Chính trị khu vực I' }),
  e('temporary_out_return', '2016-06-30'),
  e('exemption_start', '2020-01-15'),
  e('died', '2024-03-02'),
);

describe('a member admitted here', () => {
  it('is not yet a member the day before the admission decision', () => {
    expect(memberStateOn(lifeHere, '2012-05-09')).toMatchObject({
      status: 'not_admitted',
      inParty: false,
      countedHere: false,
      admittedOn: null,
      partyAgeMonths: 0,
      nextBadge: null,
    });
  });

  it('is probationary and counted here from the day of the decision, with probation ending 12 months after the ceremony', () => {
    expect(memberStateOn(lifeHere, '2012-05-10')).toMatchObject({
      status: 'probationary',
      inParty: true,
      probationary: true,
      official: false,
      countedHere: true,
      admittedOn: '2012-05-10',
      ceremonyOn: '2012-05-19',
      probationEndsOn: '2013-05-19',
    });
  });

  it('is official from the recognition, with no probation end any more', () => {
    expect(memberStateOn(lifeHere, '2014-01-01')).toMatchObject({
      status: 'official',
      probationary: false,
      official: true,
      officialOn: '2013-05-20',
      probationEndsOn: null,
      partyAgeMonths: 19,
    });
  });

  it('stays counted here while temporarily away, and is back on return', () => {
    expect(memberStateOn(lifeHere, '2016-01-01')).toMatchObject({
      status: 'temporarily_away',
      temporarilyAway: true,
      countedHere: true,
      official: true,
    });
    expect(memberStateOn(lifeHere, '2016-06-30')).toMatchObject({ status: 'official', temporarilyAway: false, countedHere: true });
  });

  it('stays counted here while exempt', () => {
    expect(memberStateOn(lifeHere, '2023-12-31')).toMatchObject({ status: 'exempt', exempt: true, official: true, countedHere: true });
  });

  it('leaves the Party and the count on the day of death, and party age stops there', () => {
    const state = memberStateOn(lifeHere, '2026-01-01');
    expect(state).toMatchObject({
      status: 'died',
      inParty: false,
      official: false,
      exempt: false,
      countedHere: false,
      nextBadge: null,
      // 10/5/2012 to 2/3/2024: 11 years 9 months.
      partyAgeMonths: 11 * 12 + 9,
    });
  });

  it('counts probation from the decision when no ceremony is recorded', () => {
    const events = history(e('admitted', '2025-02-28'));
    expect(memberStateOn(events, '2025-06-01').probationEndsOn).toBe('2026-02-28');
  });

  it('has no computed probation end for an admission older than the first probation rule held (Điều lệ Đảng 2011)', () => {
    const events = history(e('admitted', '2010-12-01', { ceremonyDate: '2010-12-20' }));
    expect(memberStateOn(events, '2011-03-01')).toMatchObject({ status: 'probationary', probationEndsOn: null });
  });
});

describe('a member transferred in from elsewhere', () => {
  const arrived = history(
    e('admitted', '2005-03-10'),
    e('made_official', '2006-03-15'),
    e('transferred_in', '2019-08-01', { otherUnit: 'Chi bộ Trường THCS Lê Lợi' }),
  );

  it('is not in this register before the arrival, though already a member of the Party', () => {
    expect(memberStateOn(arrived, '2019-07-31')).toMatchObject({
      status: 'not_admitted',
      inParty: true,
      official: true,
      countedHere: false,
      admittedOn: '2005-03-10',
    });
  });

  it('is counted here from the arrival, with party age counted from the admission elsewhere', () => {
    expect(memberStateOn(arrived, '2019-08-01')).toMatchObject({
      status: 'official',
      countedHere: true,
      partyAgeMonths: 14 * 12 + 4,
    });
  });

  it('is no longer counted after transferring out, but is still in the Party', () => {
    const left = history(...arrived, e('transferred_out', '2022-10-01', { otherUnit: 'Chi bộ Khu phố 5' }));
    expect(memberStateOn(left, '2023-01-01')).toMatchObject({ status: 'transferred_out', inParty: true, countedHere: false });
    expect(memberStateOn(left, '2022-09-30')).toMatchObject({ status: 'official', countedHere: true });
  });
});

describe('a member temporarily attached here', () => {
  const attached = history(
    e('admitted', '2018-01-05', { ceremonyDate: '2018-01-20' }),
    e('temporary_in', '2018-09-01', { otherUnit: 'Chi bộ Xã An Phú' }),
    e('made_official', '2019-01-21'),
    e('temporary_in_end', '2019-06-30'),
  );

  it('is shown as attached and not counted in this đảng số', () => {
    expect(memberStateOn(attached, '2019-03-01')).toMatchObject({
      status: 'temporarily_attached',
      temporarilyAttached: true,
      inParty: true,
      official: true,
      countedHere: false,
    });
  });

  it('was never registered here, even on the day of admission', () => {
    expect(memberStateOn(attached, '2018-02-01')).toMatchObject({ status: 'not_admitted', inParty: true, countedHere: false });
  });

  it('is gone when the attachment ends', () => {
    expect(memberStateOn(attached, '2019-07-01')).toMatchObject({ status: 'transferred_out', temporarilyAttached: false, countedHere: false });
  });

  it('becomes registered here when transferred in officially', () => {
    const stays = history(...attached.slice(0, 3), e('transferred_in', '2019-06-30', { otherUnit: 'Chi bộ Xã An Phú' }));
    expect(memberStateOn(stays, '2019-07-01')).toMatchObject({ status: 'official', temporarilyAttached: false, countedHere: true });
  });
});

describe('exits', () => {
  const admitted = [e('admitted', '2001-04-02'), e('made_official', '2002-04-10')] as const;

  it.each([
    { exit: e('discipline', '2015-06-01', { form: 'khai_tru' }), status: 'expelled' },
    { exit: e('removed', '2015-06-01'), status: 'removed' },
    { exit: e('withdrew', '2015-06-01'), status: 'withdrew' },
  ] as const)('$status ends membership, the count and party age', ({ exit, status }) => {
    const state = memberStateOn(history(...admitted, exit), '2020-01-01');
    expect(state).toMatchObject({ status, inParty: false, countedHere: false, partyAgeMonths: 14 * 12 + 1 });
  });

  it('a lighter discipline changes nothing in the status', () => {
    const state = memberStateOn(history(...admitted, e('discipline', '2015-06-01', { form: 'canh_cao' })), '2020-01-01');
    expect(state).toMatchObject({ status: 'official', inParty: true, countedHere: true });
  });

  it('an exit outranks being away or exempt', () => {
    const events = history(...admitted, e('exemption_start', '2010-01-01'), e('temporary_out', '2011-01-01', { otherUnit: 'X' }), e('died', '2012-01-01'));
    expect(memberStateOn(events, '2011-06-01').status).toBe('temporarily_away');
    expect(memberStateOn(events, '2012-01-01').status).toBe('died');
  });
});

describe('the next badge', () => {
  it('is the first milestone, due 30 years after the admission decision, day for day', () => {
    const events = history(e('admitted', '1996-02-29'), e('made_official', '1997-03-01'));
    expect(memberStateOn(events, '2025-12-31').nextBadge).toEqual({ years: 30, dueOn: '2026-02-28' });
  });

  it('is the milestone after the highest one awarded', () => {
    const events = history(e('admitted', '1975-09-02'), e('made_official', '1976-09-02'), e('badge', '2015-09-02', { years: 40 }));
    expect(memberStateOn(events, '2026-01-01').nextBadge).toEqual({ years: 45, dueOn: '2020-09-02' });
  });

  it('is none once the 90-year badge is awarded', () => {
    const events = history(e('admitted', '1930-02-03'), e('made_official', '1931-02-03'), e('badge', '2020-02-03', { years: 90 }));
    expect(memberStateOn(events, '2026-01-01').nextBadge).toBeNull();
  });
});

describe('sortEvents', () => {
  it('orders by date, then by the recorded order of same-day events, then by id, with unsaved events last in their day', () => {
    const sorted = sortEvents([
      { date: '2020-01-02', seq: 0, id: 1 },
      { date: '2020-01-01', seq: 2, id: 2 },
      { date: '2020-01-01', seq: 1, id: 9 },
      { date: '2020-01-01' },
      { date: '2020-01-01', seq: 1, id: 3 },
    ]);
    expect(sorted).toEqual([
      { date: '2020-01-01', seq: 1, id: 3 },
      { date: '2020-01-01', seq: 1, id: 9 },
      { date: '2020-01-01', seq: 2, id: 2 },
      { date: '2020-01-01' },
      { date: '2020-01-02', seq: 0, id: 1 },
    ]);
  });

  it('replays events given out of order as they happened', () => {
    const [admitted, official] = history(e('admitted', '2010-05-10'), e('made_official', '2011-05-20'));
    expect(memberStateOn([official!, admitted!], '2012-01-01').status).toBe('official');
  });
});

describe('memberListStateOn', () => {
  it("gives memberStateOn's status, admission and recognition for a history already in order", () => {
    const histories = [
      lifeHere,
      history(e('transferred_in', '2019-08-01', { otherUnit: 'X' }), e('admitted', '2010-01-05'), e('made_official', '2011-01-05')),
      history(e('temporary_in', '2018-03-01', { otherUnit: 'X' }), e('temporary_in_end', '2019-07-01')),
      history(e('admitted', '2001-04-02'), e('made_official', '2002-04-10'), e('discipline', '2015-06-01', { form: 'khai_tru' })),
      [],
    ];
    const days = ['2000-01-01', '2012-05-10', '2015-09-01', '2018-06-01', '2019-07-01', '2019-08-01', '2020-01-15', '2026-01-01'];
    for (const events of histories) {
      for (const day of days) {
        const { status, admittedOn, officialOn } = memberStateOn(events, day);
        expect(memberListStateOn(sortEvents(events), day)).toEqual({ status, admittedOn, officialOn });
      }
    }
  });
});
