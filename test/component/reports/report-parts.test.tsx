import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi as messages } from '../../../shared/i18n/vi';
import { createTranslator } from '../../../shared/i18n/translator';
import { INDICATOR_KEYS, membershipIdentity, type Indicators } from '../../../shared/reports/indicators';
import { App } from '../../../renderer/App';
import { IdentityCheck } from '../../../renderer/pages/reports/IdentityCheck';
import type { Transport } from '../../../renderer/api/transport';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { addMember, AN, BINH, call, THU } from '../members/register';
import { catchDownloads } from './downloads';

const ui = messages.reports.ui;

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

/** Three members before 2025; Dũng admitted 10/5/2025; Thu transferred out 15/6/2025 (see reports.test.tsx). */
async function smallRegister(test: TestStore) {
  await addMember(test, AN);
  await addMember(test, BINH);
  const thu = await addMember(test, THU);
  await addMember(test, { fullName: 'Phạm Văn Dũng', gender: 'nam', birthDate: '1998-09-09', admittedOn: '2025-05-10' });
  await call(test, 'events.add', { memberId: thu.id, event: { type: 'transferred_out', date: '2025-06-15', otherUnit: 'Chi bộ Khu phố 5' } });
}

describe('the report’s parts', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
    await smallRegister(test);
  });
  afterEach(() => {
    sessionStorage.clear();
    test.close();
  });

  it('draws the charts, each with its heading and its figures as a table for screen readers', async () => {
    renderWithApp(<App />, { transport: test.transport, path: '/reports/charts?period=2025-Q2' });
    await screen.findByRole('heading', { level: 2, name: ui.sections.charts });
    for (const title of ['Cơ cấu đảng viên tại ngày 30/06/2025', ui.charts.trend, ui.charts.attendance]) {
      expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
      expect(screen.getByRole('table', { name: `Số liệu của biểu đồ: ${title}` })).toBeInTheDocument();
    }
    const trend = screen.getByRole('table', { name: `Số liệu của biểu đồ: ${ui.charts.trend}` });
    // The last of the eight quarters is the report's: 3 members, 1 admitted, 1 lost.
    expect(within(trend).getAllByRole('row').at(-1)).toHaveTextContent('II/2025311');
    expect(within(trend).getAllByRole('row')).toHaveLength(9);
    const composition = screen.getByRole('table', { name: 'Số liệu của biểu đồ: Cơ cấu đảng viên tại ngày 30/06/2025' });
    expect(within(composition).getByRole('rowheader', { name: 'Đảng viên dự bị' }).nextElementSibling).toHaveTextContent('1');
    // The drawings themselves are hidden from assistive technology, which reads the tables instead.
    const drawings = document.querySelectorAll('.recharts-wrapper');
    expect(drawings).toHaveLength(3);
    for (const drawing of drawings) expect(drawing.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(await violations()).toEqual([]);
  });

  it('shows the printable document with the party header, the number and place typed, and the signature', async () => {
    const user = userEvent.setup();
    const first = renderWithApp(<App />, { transport: test.transport, path: '/reports/print?period=2025-Q2' });
    await screen.findByRole('heading', { level: 2, name: ui.sections.print });
    const sheet = screen.getByRole('article', { name: ui.print.document });
    expect(sheet).toHaveTextContent('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(sheet).toHaveTextContent('Số ……-BC/CB');
    expect(sheet).toHaveTextContent('BÁO CÁO');
    expect(sheet).toHaveTextContent('Thống kê đảng viên quý II năm 2025');
    expect(sheet).toHaveTextContent('T/M CHI BỘ');
    expect(sheet).toHaveTextContent('BÍ THƯ');
    expect(sheet).toHaveTextContent('CHI BỘ KHU PHỐ 3');
    await user.type(screen.getByRole('textbox', { name: ui.print.number }), '05-BC/CB');
    await user.type(screen.getByRole('textbox', { name: ui.print.place }), 'Hòa Bình');
    expect(sheet).toHaveTextContent('Số 05-BC/CB');
    expect(sheet).toHaveTextContent(/Hòa Bình, ngày \d\d tháng \d\d? năm \d{4}/);
    expect(within(sheet).getByRole('table', { name: /Danh sách đảng viên tại ngày 30\/06\/2025/ })).toBeInTheDocument();
    expect(await violations()).toEqual([]);

    // Remembered for the session: the next report printed starts with the same number and place.
    first.unmount();
    renderWithApp(<App />, { transport: test.transport, path: '/reports/print?period=2025-Q1' });
    expect(await screen.findByRole('textbox', { name: ui.print.place })).toHaveValue('Hòa Bình');
    expect(screen.getByRole('textbox', { name: ui.print.number })).toHaveValue('05-BC/CB');
  });

  it('saves the report as PDF with the number and place typed, and as Excel from the register’s own file', { timeout: 40_000 }, async () => {
    // pdfkit cannot load its fonts inside jsdom (another realm's Uint8Array), so the PDF call is answered here with a
    // stand-in and only what the page asked is checked; the browser test saves the register's real PDF.
    const asked: unknown[] = [];
    const transport: Transport = (name, input) => {
      if (name !== 'reports.pdf') return test.transport(name, input);
      asked.push(input);
      return Promise.resolve({ ok: true, data: { fileName: 'BaoCao_CB012_2025-Q2.pdf', base64: btoa('%PDF-1.7') } });
    };
    const downloads = catchDownloads();
    try {
      const user = userEvent.setup();
      renderWithApp(<App />, { transport, path: '/reports/print?period=2025-Q2' });
      await user.type(await screen.findByRole('textbox', { name: ui.print.number }), '05-BC/CB');
      await user.type(screen.getByRole('textbox', { name: ui.print.place }), 'Hòa Bình');
      await user.click(screen.getByRole('button', { name: ui.print.pdf }));
      await waitFor(() => expect(downloads.files.map((file) => file.name)).toEqual(['BaoCao_CB012_2025-Q2.pdf']));
      expect(asked).toEqual([{ period: '2025-Q2', number: '05-BC/CB', place: 'Hòa Bình' }]);

      await user.click(screen.getByRole('button', { name: ui.print.xlsx }));
      await waitFor(() => expect(downloads.files).toHaveLength(2), { timeout: 15_000 });
      const xlsx = new Uint8Array(await downloads.files[1]!.blob.arrayBuffer());
      expect(downloads.files[1]!.name).toBe('BaoCao_CB012_2025-Q2.xlsx');
      // A zip, as every XLSX is.
      expect(String.fromCharCode(xlsx[0]!, xlsx[1]!)).toBe('PK');
    } finally {
      downloads.release();
    }
  });

  it('shows the dues month by month in đồng, the year’s rating and the inspections, each under its heading', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/reports/dues?period=2025-Q2' });
    await screen.findByRole('heading', { level: 2, name: ui.sections.dues });
    const dues = screen.getByRole('table', { name: 'Đảng phí từng tháng của quý II năm 2025' });
    expect(within(dues).getAllByRole('rowheader').map((node) => node.textContent)).toEqual(['04/2025', '05/2025', '06/2025', 'Cộng']);
    expect(within(dues).getAllByRole('row').at(-1)).toHaveTextContent('0 đ');
    expect(await violations()).toEqual([]);

    const parts = screen.getByRole('navigation', { name: ui.sections.label });
    await user.click(within(parts).getByRole('link', { name: ui.sections.ratings }));
    const ratings = await screen.findByRole('table', { name: 'Xếp loại chất lượng năm 2025' });
    expect(within(ratings).getByRole('rowheader', { name: cell.name })).toBeInTheDocument();

    await user.click(within(parts).getByRole('link', { name: ui.sections.ktgs }));
    await screen.findByRole('heading', { level: 2, name: ui.sections.ktgs });
    expect(screen.getByText(ui.ktgs.overdueEmpty)).toBeInTheDocument();
    expect(screen.getByText(ui.ktgs.openEmpty)).toBeInTheDocument();
    expect(await violations()).toEqual([]);
  });

  it('lists the period’s admissions in form 2-TCTW and counts ethnicity and religion in form 4-TCTW', async () => {
    renderWithApp(<App />, { transport: test.transport, path: '/reports/forms?period=2025-Q2' });
    await screen.findByRole('heading', { level: 2, name: ui.sections.forms });
    const admissions = screen.getByRole('table', { name: ui.forms.form2 });
    expect(within(admissions).getAllByRole('rowheader').map((node) => node.textContent)).toEqual(['Phạm Văn Dũng']);
    expect(within(admissions).getAllByRole('row')[1]).toHaveTextContent('10/05/2025');
    const ethnicities = screen.getByRole('table', { name: ui.forms.ethnicities });
    expect(within(ethnicities).getByRole('rowheader', { name: 'Kinh' }).nextElementSibling).toHaveTextContent('3');
    expect(await violations()).toEqual([]);
  });
});

describe('a membership balance that does not hold', () => {
  it('is shown as an alert naming the unit, with the numbers', () => {
    const totals = Object.fromEntries(INDICATOR_KEYS.map((key) => [key, 0])) as Indicators;
    Object.assign(totals, { 'members.opening': 10, 'changes.admitted': 2, 'changes.died': 1, 'members.total': 12 });
    const identity = membershipIdentity(totals);
    const unit = { code: 'CB01', name: 'Chi bộ Tổ 1', kind: 'chi_bo' as const, parentCode: 'DU05', depth: 1 };
    const { t } = createTranslator('vi');
    renderWithApp(
      <IdentityCheck
        t={t}
        report={{ totals, identity, identityViolations: [{ unit, identity }], org: { code: 'DU05', name: 'Đảng bộ', kind: 'dang_bo_co_so', parent: null } }}
      />,
      { transport: () => Promise.reject(new Error('no store')) },
    );
    expect(screen.getByText('Đầu kỳ 10 + kết nạp 2 + chuyển đến 0 − chuyển đi 0 − từ trần 1 − xóa tên 0 − khai trừ 0 − ra khỏi Đảng 0 = cuối kỳ 11')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Số liệu không cân đối ở Chi bộ Tổ 1');
    expect(alert).toHaveTextContent('cuối kỳ phải có 11 đảng viên, nhưng đếm được 12 (chênh lệch 1)');
  });
});
