import { describe, expect, it } from 'vitest';
import { vi } from '../../shared/i18n/vi';
import { AppShell } from './pages/AppShell';
import { MemberPage } from './pages/MemberPage';
import { saveScreenshot } from './support/artifacts';
import { seriousAccessibilityViolations } from './support/axe';
import { registerForCellLife } from './support/register';
import { usePreviewSession } from './support/session';

function todayTyped(): string {
  const now = new Date();
  return `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
}

describe('dues and admission in the browser preview', () => {
  const session = usePreviewSession(registerForCellLife);

  it('records the month’s dues in one sheet and shows a member’s ledger', async () => {
    const { page, pageErrors } = session();
    await new AppShell(page).open(vi.dues.nav);
    await page.getByRole('heading', { level: 1, name: vi.dues.sheet.title }).waitFor();
    // Each member owes 1% of 8.000.000 đ.
    await page.getByRole('button', { name: vi.dues.sheet.fill }).click();
    const amount = page.getByRole('textbox', { name: vi.dues.sheet.amountLabel.replace('{{name}}', 'Trần Văn An') });
    expect(await amount.inputValue()).toBe('80.000');
    await page.getByRole('button', { name: vi.dues.sheet.save }).click();
    await page.getByText(/^Đã lưu bảng thu tháng/).waitFor();
    await saveScreenshot(page, '50-dues-month');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Lê Thị Bình', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: vi.dues.ledger.title.replace('{{name}}', 'Lê Thị Bình') }).waitFor();
    await saveScreenshot(page, '51-dues-ledger');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('records the ceremony of a candidate whose admission was decided: she joins the register as probationary', async () => {
    const { page, pageErrors } = session();
    await new AppShell(page).open(vi.candidates.nav);
    await page.getByRole('heading', { level: 1, name: vi.candidates.list.title }).waitFor();
    await saveScreenshot(page, '60-candidates');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Vũ Thị Hồng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vũ Thị Hồng' }).waitFor();
    const admit = vi.candidates.detail.admit;
    await page.getByRole('textbox', { name: admit.ceremonyOn }).fill(todayTyped());
    await page.getByRole('button', { name: admit.submit }).click();
    await page.getByRole('dialog', { name: admit.confirmTitle }).getByRole('button', { name: admit.confirm }).click();
    const memberLink = page.getByRole('link', { name: vi.candidates.detail.memberLink.replace('{{name}}', 'Vũ Thị Hồng') });
    await memberLink.waitFor();
    await saveScreenshot(page, '61-candidate-admitted');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await memberLink.click();
    const member = new MemberPage(page);
    await member.heading('Vũ Thị Hồng').waitFor();
    await member.status(vi.member.status.probationary).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
