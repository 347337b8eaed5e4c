import { describe, expect, it } from 'vitest';
import { addDays, formatViDate, toIsoDate } from '../../shared/dates/calendar';
import { vi } from '../../shared/i18n/vi';
import { AppShell } from './pages/AppShell';
import { InspectionFormPage } from './pages/InspectionFormPage';
import { saveScreenshot } from './support/artifacts';
import { seriousAccessibilityViolations } from './support/axe';
import { registerWithMembers } from './support/register';
import { usePreviewSession } from './support/session';

function today() {
  const now = new Date();
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

describe('inspection and supervision in the browser preview', () => {
  const session = usePreviewSession(registerWithMembers);

  it('records an upper body’s inspection whose recommendation has passed its deadline: the dashboard says so', async () => {
    const { page, pageErrors } = session();
    const day = today();
    const start = addDays(day, -60);
    const deadline = addDays(day, -10);
    const shell = new AppShell(page);
    await shell.open(vi.inspections.nav);
    await page.getByRole('link', { name: vi.inspections.list.add }).first().click();

    const form = new InspectionFormPage(page);
    await form.heading.waitFor();
    await form.recordReceivedInspection({
      startDate: formatViDate(start),
      conductedBy: 'Ủy ban Kiểm tra Đảng ủy phường Hòa Bình',
      unit: 'Chi bộ Khu phố 3 (đơn vị giữ sổ)',
      conclusion: 'Chi bộ duy trì sinh hoạt đều; hồ sơ còn thiếu.',
      recommendation: { content: 'Bổ sung biên bản sinh hoạt các tháng còn thiếu', deadline: formatViDate(deadline), responsible: 'Trần Văn An' },
    });

    const title = `Kiểm tra ngày ${formatViDate(start)}: Chi bộ Khu phố 3`;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const recommendations = page.getByRole('table', { name: vi.inspections.detail.recommendations });
    await recommendations.getByText(`Quá hạn từ ${formatViDate(deadline)}`).waitFor();
    await saveScreenshot(page, '40-inspection-overdue');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await shell.openDashboard();
    const reminder = page.getByRole('link', {
      name: `Kiến nghị sau kiểm tra, giám sát (Chi bộ Khu phố 3) đã quá hạn từ ${formatViDate(deadline)} mà chưa xong: Bổ sung biên bản sinh hoạt các tháng còn thiếu`,
    });
    await reminder.waitFor();
    await saveScreenshot(page, '41-dashboard-recommendation-overdue');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await reminder.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
