import { describe, expect, it } from 'vitest';
import { vi } from '../../shared/i18n/vi';
import { AN, BINH } from '../unit/db/spreadsheet/workbook';
import { AppShell } from './pages/AppShell';
import { ImportPage } from './pages/ImportPage';
import { MemberFormPage } from './pages/MemberFormPage';
import { MemberPage } from './pages/MemberPage';
import { MembersPage } from './pages/MembersPage';
import { saveScreenshot } from './support/artifacts';
import { seriousAccessibilityViolations } from './support/axe';
import { registerWithHomeUnit, spreadsheetOnDisk } from './support/register';
import { usePreviewSession } from './support/session';

const status = vi.member.status;

describe('the member register in the browser preview', () => {
  const session = usePreviewSession(registerWithHomeUnit);

  it('adds a member, follows her through recognition and a temporary transfer, refuses an event that does not fit, and finds her without diacritics', async () => {
    const { page, pageErrors } = session();
    await new AppShell(page).openMembers();
    const list = new MembersPage(page);
    await list.heading.waitFor();
    await list.addMember();

    const form = new MemberFormPage(page);
    await form.heading.waitFor();
    await form.fill({
      fullName: 'Đặng Thị Thu',
      gender: 'Nữ',
      birthDate: '15/03/1990',
      citizenId: '001190012345',
      partyCardNumber: '52.034567',
      admittedOn: '10/01/2024',
      ceremonyOn: '20/01/2024',
    });
    await saveScreenshot(page, '10-member-form');
    await form.save.click();

    const member = new MemberPage(page);
    await member.heading('Đặng Thị Thu').waitFor();
    await member.status(status.probationary).waitFor();

    // Her 12 months of probation ended on 20/01/2025: the overview reminds the cell to decide, and links to her.
    await new AppShell(page).openDashboard();
    const reminder = page.getByRole('link', { name: /Đồng chí Đặng Thị Thu đã hết thời gian dự bị từ 20\/01\/2025/ });
    await reminder.waitFor();
    await saveScreenshot(page, '16-dashboard-reminder');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await reminder.click();
    await member.heading('Đặng Thị Thu').waitFor();

    await member.addEvent({ type: 'made_official', date: '25/01/2025', decisionNumber: '15-QĐ/ĐU' });
    await member.status(status.official).waitFor();

    await member.addEvent({ type: 'temporary_out', date: '01/03/2025', otherUnit: 'Chi bộ Trường Chính trị tỉnh' });
    await member.status(status.temporarily_away).waitFor();

    await member.addEvent({ type: 'temporary_out_return', date: '01/09/2025' });
    await member.status(status.official).waitFor();
    expect(await member.timeline.getByRole('row').count()).toBe(5);
    await saveScreenshot(page, '11-member-page');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await member.addEvent({ type: 'made_official', date: '01/10/2025' });
    await member.refusal.waitFor();
    expect(await member.refusal.textContent()).toContain('Đồng chí đã là đảng viên chính thức từ 25/01/2025');
    await saveScreenshot(page, '12-event-refused');
    expect(await member.timeline.getByRole('row').count()).toBe(5);

    await new AppShell(page).openMembers();
    await list.searchFor('dang thi thu');
    await list.row('Đặng Thị Thu').waitFor();
    await list.searchFor('nguyen');
    await page.getByText(vi.members.list.noMatch).waitFor();
    await list.searchFor('dang thi thu');
    await list.row('Đặng Thị Thu').waitFor();
    await saveScreenshot(page, '13-members-search');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('refuses a spreadsheet with one bad row, writing nothing, then imports a good one', async () => {
    const { page, pageErrors } = session();
    await new AppShell(page).openMembers();
    const list = new MembersPage(page);
    await list.heading.waitFor();
    await list.openImport();
    const importing = new ImportPage(page);
    await importing.heading.waitFor();

    await importing.choose(await spreadsheetOnDisk({ members: [AN, { ...BINH, 'Ngày sinh': '31/02/1990' }] }, 'co-loi.xlsx'));
    await importing.problemsAlert.waitFor();
    const problem = importing.problems.getByRole('row').filter({ hasText: '31/02/1990' });
    expect(await problem.textContent()).toContain('Ngày sinh');
    expect(await problem.getByRole('cell').nth(1).textContent()).toBe('3');
    expect(await importing.blockedButton.isDisabled()).toBe(true);
    await saveScreenshot(page, '14-import-refused');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await new AppShell(page).openMembers();
    await page.getByRole('region', { name: vi.members.list.empty.title }).waitFor();

    await list.openImport();
    await importing.choose(await spreadsheetOnDisk({ members: [AN, BINH] }, 'dang-vien.xlsx'));
    await importing.commitButton(2).click();
    await importing.done(2, 3).waitFor();
    await saveScreenshot(page, '15-import-done');

    await new AppShell(page).openMembers();
    await list.row('Nguyễn Văn An').waitFor();
    await list.row('Lê Thị Bình').waitFor();
    expect(await list.count.textContent()).toBe('Hiển thị 2 trên 2 đảng viên');
    expect(pageErrors).toEqual([]);
  });
});
