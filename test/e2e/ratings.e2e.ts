import { describe, expect, it } from 'vitest';
import { vi } from '../../shared/i18n/vi';
import { AppShell } from './pages/AppShell';
import { RatingsPage } from './pages/RatingsPage';
import { saveScreenshot } from './support/artifacts';
import { seriousAccessibilityViolations } from './support/axe';
import { registerWithMembers } from './support/register';
import { usePreviewSession } from './support/session';

describe('annual rating in the browser preview', () => {
  const session = usePreviewSession(registerWithMembers);

  it('warns, without refusing, when more members are rated excellent than the quota allows', async () => {
    const { page, pageErrors } = session();
    const year = new Date().getFullYear();
    await new AppShell(page).open(vi.ratings.nav);
    const ratings = new RatingsPage(page);
    await ratings.heading.waitFor();

    // Two rated "tốt" allow floor(20% × 2) = 0 rated "xuất sắc": one is over the quota.
    await ratings.rate('Trần Văn An', 'htxs');
    await ratings.rate('Lê Thị Bình', 'htt');
    await ratings.rate('Phạm Văn Cường', 'htt');
    await ratings.quotaWarning.waitFor();
    expect(await ratings.quotaWarning.textContent()).toContain(
      'Số đảng viên xếp loại Hoàn thành xuất sắc nhiệm vụ (1) vượt tỷ lệ cho phép: tối đa 20% số được xếp loại Hoàn thành tốt nhiệm vụ (tối đa 0 người)',
    );
    await ratings.save.click();
    await ratings.saved(year).waitFor();
    await ratings.quotaWarning.waitFor();
    await saveScreenshot(page, '30-ratings-over-quota');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Saved, not merely typed: the sheet read again still holds the levels and the warning.
    await page.reload();
    await ratings.heading.waitFor();
    await ratings.quotaWarning.waitFor();
    expect(pageErrors).toEqual([]);
  });
});
