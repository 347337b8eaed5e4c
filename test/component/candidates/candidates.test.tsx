import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallInput } from '../../../shared/api/contract';
import { addMonths, formatViDate } from '../../../shared/dates/calendar';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { supportDialogs } from '../members/dialog';
import { call, monthsAgo, today } from '../members/register';

const ui = messages.candidates;
const form = ui.form;
const field = messages.members.field;

/** axe's rules that jsdom can answer; colour contrast is checked in the browser tests. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

const box = (name: string) => screen.getByRole('textbox', { name });

/** Puts text in a box as a paste does: one change instead of one per key, which the long form would pay for each. */
async function fill(user: ReturnType<typeof userEvent.setup>, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

/** The long form's tests type into many boxes; on a busy two-core machine they need more than the default 5 s. */
const FORM_TIMEOUT = 20_000;
const shown = formatViDate;

const HOA = { fullName: 'Phạm Thị Hoa', gender: 'nu', birthDate: '1998-08-12', ethnicity: '01', religion: 'khong' } as const;

/** Every stage up to the admission decision, the last one a month ago. */
const decided = (record: CallInput<'candidates.create'>['record'] = HOA): CallInput<'candidates.create'> => ({
  record,
  identifiedOn: monthsAgo(12),
  certificateOn: monthsAgo(10),
  certificateNumber: '125/GCN',
  applicationOn: monthsAgo(9),
  verificationOn: monthsAgo(6),
  resolutionOn: monthsAgo(3),
  decisionOn: monthsAgo(1),
  decisionNumber: '45-QĐ/ĐU',
  decisionBody: 'Đảng ủy phường Hòa Bình',
});

describe('admission pipeline', () => {
  let test: TestStore;
  beforeAll(supportDialogs);
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  async function openNewForm() {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/candidates/new' });
    expect(await screen.findByRole('heading', { level: 1, name: form.newTitle })).toHaveFocus();
    // The form follows once the register's units are read.
    await screen.findByRole('textbox', { name: form.identifiedOn });
    return user;
  }

  it('refuses, as the user types, a stage dated before the one before it, naming both stages', async () => {
    const user = await openNewForm();
    await fill(user, box(form.identifiedOn), shown(monthsAgo(12)));
    await fill(user, box(form.certificateOn), shown(monthsAgo(13)));
    await waitFor(() =>
      expect(box(form.certificateOn)).toHaveAccessibleDescription(
        expect.stringContaining(
          `Ngày cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (${shown(monthsAgo(13))}) không thể trước ngày xác định quần chúng ưu tú (${shown(monthsAgo(12))}).`,
        ) as unknown as string,
      ),
    );
    expect(await violations()).toEqual([]);
  }, FORM_TIMEOUT);

  it('saves a new candidate and opens the page with each stage in order', async () => {
    const user = await openNewForm();
    await fill(user, box(field.fullName), 'Phạm Thị Hoa');
    await user.click(screen.getByRole('radio', { name: messages.member.gender.nu }));
    await fill(user, box(field.birthDate), '12/08/1998');
    await fill(user, box(form.identifiedOn), shown(monthsAgo(12)));
    await fill(user, box(form.certificateOn), shown(monthsAgo(2)));
    await fill(user, box(form.certificateNumber), '12/GCN');
    await fill(user, box(form.helperName.replace('{{index}}', '1')), 'Nguyễn Văn Giúp');
    await user.click(screen.getByRole('button', { name: form.save }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Phạm Thị Hoa' })).toHaveFocus();
    const state = screen.getByRole('region', { name: ui.detail.state });
    expect(within(state).getByText(ui.detail.next).nextElementSibling).toHaveTextContent(ui.next.application);
    expect(within(state).getByText(ui.detail.helpers).nextElementSibling).toHaveTextContent('Nguyễn Văn Giúp');
    const timeline = screen.getByRole('region', { name: ui.detail.timeline });
    expect(within(timeline).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `${ui.stage.identified} — ${shown(monthsAgo(12))}`,
      `${ui.stage.class} — ${shown(monthsAgo(2))} — giấy chứng nhận số 12/GCN`,
      `${ui.stage.application} — ${ui.detail.notYet}`,
      `${ui.stage.verification} — ${ui.detail.notYet}`,
      `${ui.stage.resolution} — ${ui.detail.notYet}`,
      `${ui.stage.decision} — ${ui.detail.notYet}`,
      `${ui.stage.ceremony} — ${ui.detail.notYet}`,
    ]);
  }, FORM_TIMEOUT);

  it('lists the candidates in register order with stage, next step and certificate expiry, the dropped apart', async () => {
    await call(test, 'candidates.create', { record: { ...HOA, fullName: 'Trần Văn Sơn' }, identifiedOn: monthsAgo(58), certificateOn: monthsAgo(57) });
    await call(test, 'candidates.create', { record: { ...HOA, fullName: 'Lê Văn An' }, identifiedOn: monthsAgo(3), certificateOn: monthsAgo(2) });
    await call(test, 'candidates.create', { ...decided({ ...HOA, fullName: 'Đỗ Thị Bích' }), droppedOn: today, dropReason: 'Chuyển công tác' });
    renderWithApp(<App />, { transport: test.transport, path: '/candidates' });
    const active = await screen.findByRole('table', { name: 'Đang bồi dưỡng: 2 người' });
    const rows = within(active)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Lê Văn An', cell.name, `${ui.stage.class} (${shown(monthsAgo(2))})`, ui.next.application, `hết hạn ${shown(addMonths(monthsAgo(2), 60))}`],
      ['Trần Văn Sơn', cell.name, `${ui.stage.class} (${shown(monthsAgo(57))})`, ui.next.application, `Sắp hết hạn — hết hạn ${shown(addMonths(monthsAgo(57), 60))}`],
    ]);
    const dropped = screen.getByRole('table', { name: 'Thôi theo dõi: 1 người' });
    expect(within(dropped).getByRole('row', { name: /Đỗ Thị Bích/ })).toHaveTextContent(`${shown(today)}: Chuyển công tác`);
    expect(screen.getByRole('link', { name: ui.nav })).toHaveAttribute('aria-current', 'page');
    expect(await violations()).toEqual([]);
  });

  it('records the ceremony: the member is created probationary, the candidate becomes read-only and links to it', async () => {
    const candidate = await call(test, 'candidates.create', decided());
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/candidates/${candidate.id}` });
    await screen.findByRole('heading', { level: 1, name: 'Phạm Thị Hoa' });
    const admit = screen.getByRole('region', { name: ui.detail.admit.title });
    await fill(user, within(admit).getByRole('textbox', { name: ui.detail.admit.ceremonyOn }), shown(today));
    await user.click(within(admit).getByRole('button', { name: ui.detail.admit.submit }));
    const dialog = await screen.findByRole('dialog', { name: ui.detail.admit.confirmTitle });
    await user.click(within(dialog).getByRole('button', { name: ui.detail.admit.confirm }));

    const link = await screen.findByRole('link', { name: `Xem trang đảng viên Phạm Thị Hoa` });
    expect(screen.getByText(`Đã kết nạp ngày ${shown(today)}: hồ sơ quần chúng chỉ còn để xem.`)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: ui.detail.edit })).toBeNull();
    expect(screen.queryByRole('region', { name: ui.detail.admit.title })).toBeNull();
    await user.click(link);
    await screen.findByRole('heading', { level: 1, name: 'Phạm Thị Hoa' });
    const state = await screen.findByRole('region', { name: messages.members.detail.state });
    expect(within(state).getByText(messages.members.detail.status).nextElementSibling).toHaveTextContent(messages.member.status.probationary);
    expect(within(state).getByText(messages.members.detail.ceremonyOn).nextElementSibling).toHaveTextContent(shown(today));
  });

  it('shows the refusal of the member creation and writes nothing', async () => {
    const young = addMonths(monthsAgo(1), -(17 * 12));
    const candidate = await call(test, 'candidates.create', decided({ ...HOA, birthDate: young }));
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/candidates/${candidate.id}` });
    await screen.findByRole('heading', { level: 1, name: 'Phạm Thị Hoa' });
    const warnings = screen.getByRole('region', { name: ui.detail.warnings });
    expect(within(warnings).getByText(/chưa đủ 18 tuổi/)).toBeInTheDocument();
    const admit = screen.getByRole('region', { name: ui.detail.admit.title });
    await fill(user, within(admit).getByRole('textbox', { name: ui.detail.admit.ceremonyOn }), shown(today));
    await user.click(within(admit).getByRole('button', { name: ui.detail.admit.submit }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: ui.detail.admit.confirm }));
    const alert = await within(admit).findByRole('alert');
    expect(alert).toHaveTextContent(/Chưa đủ 18 tuổi khi có quyết định kết nạp \(17 tuổi 0 tháng\)/);
    expect((await call(test, 'members.list', {})).rows).toEqual([]);
    expect(await violations()).toEqual([]);
    expect((await call(test, 'candidates.get', { id: candidate.id })).memberId).toBeNull();
  });

  it('records the stages reached since on the edit form, and a drop that lists the candidate apart', async () => {
    const candidate = await call(test, 'candidates.create', { record: HOA, identifiedOn: monthsAgo(6) });
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/candidates/${candidate.id}` });
    await user.click(await screen.findByRole('link', { name: ui.detail.edit }));
    expect(await screen.findByRole('heading', { level: 1, name: form.editTitle })).toHaveFocus();
    expect(box(form.identifiedOn)).toHaveValue(shown(monthsAgo(6)));
    await fill(user, box(form.certificateOn), shown(monthsAgo(5)));
    await fill(user, box(form.applicationOn), shown(monthsAgo(4)));
    await fill(user, box(form.droppedOn), shown(today));
    await user.click(screen.getByRole('button', { name: form.saveChanges }));
    await waitFor(() => expect(box(form.dropReason)).toHaveAccessibleDescription(ui.validation.drop_reason_required));
    await fill(user, box(form.dropReason), 'Chuyển công tác');
    await user.click(screen.getByRole('button', { name: form.saveChanges }));

    await screen.findByRole('heading', { level: 1, name: 'Phạm Thị Hoa' });
    const state = screen.getByRole('region', { name: ui.detail.state });
    expect(within(state).getByText(ui.detail.status).nextElementSibling).toHaveTextContent(ui.detail.statusValue.dropped);
    expect(within(state).getByText(ui.detail.stage).nextElementSibling).toHaveTextContent(`${ui.stage.application} (${shown(monthsAgo(4))})`);
    expect(screen.queryByRole('region', { name: ui.detail.admit.title })).toBeNull();
  }, FORM_TIMEOUT);
});
