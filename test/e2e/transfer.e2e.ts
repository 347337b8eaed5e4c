import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi } from '../../shared/i18n/vi';
import { AppShell } from './pages/AppShell';
import { MemberPage } from './pages/MemberPage';
import { MembersPage } from './pages/MembersPage';
import { TransferExportPanel } from './pages/TransferExportPanel';
import { TransferPage } from './pages/TransferPage';
import { saveScreenshot } from './support/artifacts';
import { seriousAccessibilityViolations } from './support/axe';
import { usePreviewSession } from './support/session';
import { MOVER, SENDER, registerForTransferIn, registerForTransferOut, transferFixture } from './support/transfer-registers';

const ui = vi.exchange.transfer.page;
const status = vi.member.status;

/** dd/mm/yyyy of today on this machine's clock: the day the receiving cell enters the member when the field is empty. */
function today(): string {
  const day = new Date();
  return `${String(day.getDate()).padStart(2, '0')}/${String(day.getMonth() + 1).padStart(2, '0')}/${day.getFullYear()}`;
}

describe('sending a member’s transfer file, in the sending cell’s preview', () => {
  const session = usePreviewSession(registerForTransferOut);

  it('exports the signed .scbt file from the page of a member transferred out, with the fingerprint to read aloud', async () => {
    const { page, pageErrors } = session();
    await new AppShell(page).openMembers();
    const list = new MembersPage(page);
    await list.heading.waitFor();
    await list.row(MOVER.fullName).getByRole('link', { name: MOVER.fullName, exact: true }).click();

    const member = new MemberPage(page);
    await member.heading(MOVER.fullName).waitFor();
    await member.status(status.transferred_out).waitFor();
    const panel = new TransferExportPanel(page);
    await panel.region.getByText(`đồng chí ${MOVER.fullName}`, { exact: false }).waitFor();

    const file = await panel.export();
    expect(file.suggestedFilename()).toBe(`CHUYEN_52012346_${SENDER.code}.scbt`);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 40).toString('utf8')).toContain('"format":"sochibo-transfer"');
    await panel.done.waitFor();
    expect(await panel.done.textContent()).toContain(`Đã xuất tệp CHUYEN_52012346_${SENDER.code}.scbt.`);
    transferFixture.fingerprint = await panel.fingerprint();
    transferFixture.file = join(mkdtempSync(join(tmpdir(), 'scb-transfer-')), file.suggestedFilename());
    copyFileSync(await file.path(), transferFixture.file);

    await saveScreenshot(page, '90-transfer-export');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('receiving the member in the receiving cell’s preview', () => {
  const session = usePreviewSession(registerForTransferIn);

  it('shows what the file holds and the sender’s fingerprint before writing, then enters the member with a transfer in', async () => {
    const { page, pageErrors } = session();
    expect(transferFixture.file).not.toBe('');
    await new AppShell(page).openMembers();
    const list = new MembersPage(page);
    await list.heading.waitFor();
    await page.getByRole('main').getByRole('link', { name: vi.members.list.receiveTransfer }).click();

    const transfer = new TransferPage(page);
    await transfer.heading.waitFor();
    await transfer.choose(transferFixture.file);
    await transfer.summary.waitFor();
    expect(await transfer.detail(ui.member).textContent()).toBe(`${MOVER.fullName}, sinh ngày ${MOVER.birthDate}`);
    expect(await transfer.detail(ui.card).textContent()).toBe(MOVER.partyCardNumber);
    expect(await transfer.detail(ui.status).textContent()).toBe(status.official);
    expect(await transfer.detail(ui.admittedOn).textContent()).toBe(MOVER.admittedOn);
    expect(await transfer.detail(ui.officialOn).textContent()).toBe(MOVER.officialOn);
    expect(await transfer.detail(ui.sender).textContent()).toBe(`${SENDER.name} (mã ${SENDER.code})`);
    expect(await transfer.detail(ui.transferOut).textContent()).toBe(`ngày ${MOVER.transferOutOn}, đến «${MOVER.receiver}»`);
    expect(await transfer.detail(ui.decision).textContent()).toBe(MOVER.decisionNumber);
    await transfer.fingerprint(transferFixture.fingerprint).waitFor();
    await transfer.summary.getByText(ui.keyUnknown).waitFor();
    await transfer.receive.waitFor();
    await saveScreenshot(page, '91-transfer-preview');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The arrival day left empty: today.
    await transfer.receive.click();
    await transfer.received(MOVER.fullName).waitFor();
    await transfer.openMember.click();

    const member = new MemberPage(page);
    await member.heading(MOVER.fullName).waitFor();
    await member.status(status.official).waitFor();
    const arrival = member.timeline.getByRole('row').filter({ hasText: vi.member.event.transferred_in });
    await arrival.waitFor();
    expect(await arrival.textContent()).toContain(today());
    expect(await arrival.textContent()).toContain(`${SENDER.name} (${SENDER.code})`);
    expect(await arrival.textContent()).toContain(MOVER.decisionNumber);
    // Admission, recognition and the reward come with the member; the old cell's transfer out stays there.
    expect(await member.timeline.getByRole('row').filter({ hasText: vi.member.event.admitted }).count()).toBe(1);
    expect(await member.timeline.getByRole('row').filter({ hasText: vi.member.event.transferred_out }).count()).toBe(0);
    expect(await member.timeline.getByRole('row').count()).toBe(5);
    await saveScreenshot(page, '92-transfer-received');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await new AppShell(page).openMembers();
    await list.row(MOVER.fullName).waitFor();
    await list.row('Hoàng Văn Sơn').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
