import { screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates/calendar';
import { vi as messages } from '../../shared/i18n/vi';
import { App } from '../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from './harness';
import { supportDialogs } from './members/dialog';
import { addMember, AN, BINH, call, monthsAgo, THU, today } from './members/register';

// Source under test: every page of renderer/App.tsx, on a register with something in every area, so that one area's
// rows cannot break another's page (a member with dues rows once emptied the member page).

const year = Number(today.slice(0, 4));

describe('every page, on a register with something in every area', () => {
  let test: TestStore;
  const ids = { member: 0, meeting: 0, inspection: 0, candidate: 0 };
  beforeAll(async () => {
    supportDialogs();
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
    const an = await addMember(test, AN);
    const binh = await addMember(test, BINH);
    await addMember(test, THU);
    ids.member = an.id;
    await call(test, 'events.add', { memberId: an.id, event: { type: 'reward', date: monthsAgo(1), title: 'Giấy khen' } });
    for (const memberId of [an.id, binh.id]) {
      await call(test, 'dues.setBasis', { memberId, fromMonth: `${year - 1}-01`, category: 'salary', amountVnd: 8_000_000 });
    }
    await call(test, 'dues.addRelief', { memberId: an.id, fromMonth: `${year}-01`, kind: 'reduction', reason: 'hardship', percent: 50 });
    await call(test, 'ratings.save', { year: year - 1, members: [{ memberId: an.id, level: 'htt' }], unit: { level: 'htt' } });
    ids.meeting = (
      await call(test, 'meetings.create', {
        kind: 'regular',
        date: today,
        startTime: '19:00',
        endTime: '21:00',
        attendance: [{ memberId: an.id, presence: 'present' }],
      })
    ).id;
    ids.inspection = (
      await call(test, 'inspections.create', {
        direction: 'conducted',
        activity: 'giam_sat',
        kind: 'thuong_xuyen',
        basis: 'ad_hoc',
        conductedBy: 'Chi ủy',
        startDate: addDays(today, -20),
        subjectType: 'member',
        memberId: an.id,
        conclusion: 'Cần gương mẫu hơn',
        recommendations: [{ content: 'Viết bản tự kiểm điểm', deadline: addDays(today, -2) }],
      })
    ).id;
    ids.candidate = (
      await call(test, 'candidates.create', {
        record: { fullName: 'Phạm Thị Hoa', gender: 'nu', birthDate: '1998-08-12', ethnicity: '01', religion: 'khong' },
        identifiedOn: monthsAgo(10),
      })
    ).id;
  });
  afterAll(() => test.close());

  const pages: [string, () => string][] = [
    ['the overview', () => '/'],
    ['the members list', () => '/members'],
    ['a member’s page', () => `/members/${ids.member}`],
    ['a member’s form', () => `/members/${ids.member}/edit`],
    ['a new member', () => '/members/new'],
    ['the spreadsheet import', () => '/members/import'],
    ['the meetings', () => '/meetings'],
    ['a meeting', () => `/meetings/${ids.meeting}`],
    ['a meeting’s form', () => `/meetings/${ids.meeting}/edit`],
    ['a meeting’s minutes', () => `/meetings/${ids.meeting}/minutes`],
    ['the inspections', () => '/inspections'],
    ['an inspection', () => `/inspections/${ids.inspection}`],
    ['an inspection’s form', () => `/inspections/${ids.inspection}/edit`],
    ['the inspection plan', () => '/inspections/plan'],
    ['the ratings', () => `/ratings?year=${year - 1}`],
    ['the month’s dues', () => '/dues'],
    ['a member’s dues', () => `/dues/member/${ids.member}`],
    ['the year’s dues', () => '/dues/year'],
    ['the candidates', () => '/candidates'],
    ['a candidate', () => `/candidates/${ids.candidate}`],
    ['a candidate’s form', () => `/candidates/${ids.candidate}/edit`],
    ['the report', () => '/reports'],
    ['the report’s member list', () => '/reports/members'],
    ['the report’s forms', () => '/reports/forms'],
    ['the report’s ratings', () => '/reports/ratings'],
    ['the report’s inspections', () => '/reports/ktgs'],
    ['the report’s dues', () => '/reports/dues'],
    ['the report’s charts', () => '/reports/charts'],
    ['the printable report', () => '/reports/print'],
    ['the exchange', () => '/exchange'],
    ['the export', () => '/exchange/export'],
    ['the import', () => '/exchange/import'],
    ['the import history', () => '/exchange/history'],
    ['the completeness board', () => '/exchange/completeness'],
    ['the transfer file', () => '/exchange/transfer'],
    ['the units', () => '/units'],
    ['the settings', () => '/settings'],
  ];

  it.each(pages)('opens %s without failing', async (_name, path) => {
    renderWithApp(<App />, { transport: test.transport, path: path() });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(screen.queryByText(messages.common.loading)).toBeNull());
    expect(screen.queryByRole('heading', { name: messages.common.pageFailed.title })).toBeNull();
  });
});
