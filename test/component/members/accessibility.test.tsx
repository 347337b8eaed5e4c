import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { supportDialogs } from './dialog';
import { giveElementsASize } from './layout';
import { addMember, AN, BINH, CELL_MEMBERS } from './register';

/** axe's rules that jsdom can answer; colour contrast needs real rendering and is checked in the browser tests. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

describe('accessibility of the register’s pages', () => {
  let test: TestStore;
  let restoreLayout: () => void;
  beforeAll(() => {
    supportDialogs();
    restoreLayout = giveElementsASize();
  });
  afterAll(() => restoreLayout());
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  it('empty list', async () => {
    renderWithApp(<App />, { transport: test.transport, path: '/members' });
    await screen.findByRole('region', { name: messages.members.list.empty.title });
    expect(await violations()).toEqual([]);
  });

  it('list with members', async () => {
    for (const person of CELL_MEMBERS) await addMember(test, person);
    renderWithApp(<App />, { transport: test.transport, path: '/members' });
    await screen.findByRole('table', { name: messages.members.list.table });
    expect(await violations()).toEqual([]);
  });

  it('member page with the event form open and a refusal showing', async () => {
    const member = await addMember(test, AN);
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/members/${member.id}` });
    await user.click(await screen.findByRole('button', { name: messages.members.events.add }));
    await user.selectOptions(screen.getByRole('combobox', { name: messages.members.events.type }), messages.member.event.made_official);
    await user.type(screen.getByRole('textbox', { name: messages.members.events.date }), '01/01/2020');
    await user.click(screen.getByRole('button', { name: messages.members.events.save }));
    await screen.findByText(messages.members.events.refused);
    await screen.findByRole('region', { name: messages.members.history.title });
    expect(await violations()).toEqual([]);
  });

  it('delete confirmation', async () => {
    const member = await addMember(test, BINH);
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/members/${member.id}` });
    await user.click(await screen.findByRole('button', { name: /^Xóa sự kiện Công nhận/ }));
    await screen.findByRole('dialog', { name: messages.members.events.confirmTitle });
    expect(await violations()).toEqual([]);
  });

  it('new member form showing what is missing', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/members/new' });
    await user.click(await screen.findByRole('button', { name: messages.members.form.save }));
    await screen.findByText(messages.validation.full_name_required);
    expect(await violations()).toEqual([]);
  });

  it('import page', async () => {
    renderWithApp(<App />, { transport: test.transport, path: '/members/import' });
    await screen.findByRole('heading', { level: 1, name: messages.members.importPage.title });
    expect(await violations()).toEqual([]);
  });
});
