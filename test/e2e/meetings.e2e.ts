import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateParts, endOfMonth, formatViDate, toIsoDate } from '../../shared/dates/calendar';
import { vi } from '../../shared/i18n/vi';
import { AppShell } from './pages/AppShell';
import { MeetingFormPage } from './pages/MeetingFormPage';
import { MeetingPage } from './pages/MeetingPage';
import { saveScreenshot } from './support/artifacts';
import { seriousAccessibilityViolations } from './support/axe';
import { registerWithMembers } from './support/register';
import { usePreviewSession } from './support/session';

/** Today on this machine's clock, as the preview's services see it. */
function today() {
  const now = new Date();
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

describe('cell meetings in the browser preview', () => {
  const session = usePreviewSession(registerWithMembers);

  it('records a meeting with one unexcused absence: the quality criterion fails and says why, and the minutes print', async () => {
    const { page, pageErrors } = session();
    const day = today();
    const { year, month } = dateParts(day);

    // Nothing recorded this month: the overview says so and leads to the meeting form.
    const reminder = page.getByRole('link', {
      name: `Chưa có buổi sinh hoạt thường kỳ tháng ${month}/${year}: hạn cuối ngày ${formatViDate(endOfMonth(year, month))}.`,
    });
    await reminder.click();
    const form = new MeetingFormPage(page);
    await form.heading.waitFor();
    await form.fill({
      date: formatViDate(day),
      startTime: '19:00',
      endTime: '21:00',
      place: 'Nhà văn hóa khu phố 3',
      chair: 'Trần Văn An',
      secretary: 'Phạm Văn Cường',
      agenda: 'Đánh giá công tác tháng; phương hướng tháng tới.',
    });
    await form.presenceOf('Lê Thị Bình').waitFor();
    await form.mark('Lê Thị Bình', 'absent');
    await saveScreenshot(page, '20-meeting-form');
    await form.save.click();

    const meeting = new MeetingPage(page);
    await meeting.heading(formatViDate(day)).waitFor();
    await meeting.quality.getByText(vi.meetings.quality.failed, { exact: true }).waitFor();
    const why = meeting.quality.getByText(/Có 1 đảng viên vắng không lý do: Lê Thị Bình\./);
    await why.waitFor();
    expect(await why.textContent()).toContain('Hướng dẫn 12-HD/BTCTW ngày 6/7/2018');
    await saveScreenshot(page, '21-meeting-quality');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await meeting.minutesLink.click();
    await meeting.minutes.waitFor();
    expect(await meeting.minutes.textContent()).toContain('Vắng không có lý do (1 đồng chí): đồng chí Lê Thị Bình.');
    await saveScreenshot(page, '22-meeting-minutes');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // What the print dialog's "Save as PDF" produces: the print stylesheet leaves only the document on A4.
    await page.emulateMedia({ media: 'print' });
    const pdfDir = join('test-results', 'pdf');
    mkdirSync(pdfDir, { recursive: true });
    const pdf = join(pdfDir, 'meeting-minutes.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await saveScreenshot(page, '23-meeting-minutes-print');
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    // The month's regular meeting is now in the register: the overview no longer asks for it.
    await new AppShell(page).openDashboard();
    await page.getByRole('region', { name: vi.reminders.title }).waitFor();
    await page.getByText(/sinh hoạt chuyên đề quý/).waitFor();
    expect(await reminder.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
