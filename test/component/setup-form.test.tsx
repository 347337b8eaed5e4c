import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi as messages } from '../../shared/i18n/vi';
import { ORG_CODE_MAX } from '../../shared/org/schemas';
import { App } from '../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from './harness';

const v = messages.validation;

describe('first-run setup form', () => {
  let test: TestStore;
  beforeEach(() => {
    test = openTestStore();
  });
  afterEach(() => test.close());

  async function openForm() {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport });
    await screen.findByRole('heading', { level: 1, name: messages.setup.title });
    return {
      user,
      name: screen.getByLabelText(messages.setup.name.label),
      code: screen.getByLabelText(messages.setup.code.label),
      parentName: screen.getByLabelText(messages.setup.parentName.label),
      parentCode: screen.getByLabelText(messages.setup.parentCode.label),
      kind: (kind: keyof typeof messages.org.kind) => screen.getByLabelText(messages.org.kind[kind].label),
      submit: screen.getByRole('button', { name: messages.setup.submit }),
    };
  }

  it('gives every field a visible label and explains each kind of organisation', async () => {
    const form = await openForm();
    expect(form.name).toHaveAccessibleName(messages.setup.name.label);
    expect(form.code).toHaveAccessibleName(messages.setup.code.label);
    expect(form.parentName).toHaveAccessibleName(messages.setup.parentName.label);
    expect(form.parentCode).toHaveAccessibleName(messages.setup.parentCode.label);
    const kinds = screen.getByRole('radiogroup', { name: messages.setup.kind.label });
    expect(within(kinds).getAllByRole('radio')).toHaveLength(5);
    for (const radio of within(kinds).getAllByRole('radio')) expect(radio).not.toBeChecked();
    expect(form.kind('chi_bo')).toHaveAccessibleDescription(messages.org.kind.chi_bo.description);
    expect(form.code).toHaveAccessibleDescription(messages.setup.code.description);
    expect(screen.getByRole('group', { name: messages.setup.parentSection })).toHaveAccessibleDescription(
      messages.setup.parentHelp,
    );
    // The form is the first thing to do: no navigation yet.
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('says in Vietnamese, under the field and as you type, that a code with a space is not a code', async () => {
    const { user, code } = await openForm();
    await user.type(code, 'CB 01');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(expect.stringContaining(v.code_format));

    await user.clear(code);
    await user.type(code, 'CB01');
    expect(code).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByText(v.code_format)).toBeNull();
  });

  it('shows a code in capitals as typed, and refuses Vietnamese letters in it', async () => {
    const { user, code } = await openForm();
    await user.type(code, 'Chi bộ 1');
    expect(code).toHaveValue('CHI BỘ 1');
    expect(screen.getByText(v.code_format)).toBeVisible();

    await user.clear(code);
    await user.type(code, 'cb012');
    expect(code).toHaveValue('CB012');
  });

  it('keeps the caret in place when a letter is typed in the middle of a code', async () => {
    const { user, code } = await openForm();
    await user.type(code, 'CB12');
    await user.type(code, '0', { initialSelectionStart: 2, initialSelectionEnd: 2 });
    expect(code).toHaveValue('CB012');
    expect((code as HTMLInputElement).selectionStart).toBe(3);
  });

  it('quotes the limit when a code is too long', async () => {
    const { user, code } = await openForm();
    await user.type(code, 'A'.repeat(ORG_CODE_MAX + 1));
    expect(screen.getByText(v.code_too_long.replace('{{max}}', String(ORG_CODE_MAX)))).toBeVisible();
  });

  it('lists what is missing when an empty form is saved, and goes to the first of it', async () => {
    const { user, name, code, submit } = await openForm();
    await user.click(submit);
    expect(await screen.findByText(v.name_required)).toBeVisible();
    expect(screen.getByText(v.code_required)).toBeVisible();
    expect(screen.getByText(v.kind_required)).toBeVisible();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(await test.store.handlers['org.home']({})).toBeNull();
  });

  it('asks for the parent of a subordinate cell, and not of an upper committee', async () => {
    const form = await openForm();
    await form.user.type(form.name, cell.name);
    await form.user.type(form.code, cell.code);
    await form.user.click(form.kind('chi_bo'));
    await form.user.click(form.submit);
    expect(await screen.findAllByText(v.parent_required)).toHaveLength(2);
    expect(form.parentName).toHaveAttribute('aria-invalid', 'true');
    expect(form.parentCode).toHaveAttribute('aria-invalid', 'true');

    await form.user.click(form.kind('cap_tren'));
    await waitFor(() => expect(screen.queryByText(v.parent_required)).toBeNull());
    expect(screen.getByText(messages.setup.parentOptional, { exact: false })).toBeVisible();
  });

  it('does not show errors on parent fields the user has not reached yet', async () => {
    const form = await openForm();
    await form.user.type(form.name, cell.name);
    await form.user.type(form.code, cell.code);
    await form.user.click(form.kind('chi_bo'));
    expect(screen.queryByText(v.parent_required)).toBeNull();

    await form.user.type(form.parentName, cell.parentName);
    expect(screen.queryByText(v.parent_code_required)).toBeNull();
    await form.user.type(form.parentCode, 'X');
    await form.user.clear(form.parentCode);
    expect(await screen.findByText(v.parent_code_required)).toBeVisible();
    await form.user.type(form.parentCode, cell.parentCode);
    await waitFor(() => expect(screen.queryByText(v.parent_code_required)).toBeNull());
  });

  it('updates the parent code error when the unit code changes to match it', async () => {
    const form = await openForm();
    await form.user.type(form.name, cell.name);
    await form.user.click(form.kind('chi_bo'));
    await form.user.type(form.parentName, cell.parentName);
    await form.user.type(form.parentCode, 'DU05');
    await form.user.type(form.code, 'DU05');
    expect(await screen.findByText(v.parent_code_same)).toBeVisible();
    await form.user.type(form.code, '1');
    await waitFor(() => expect(screen.queryByText(v.parent_code_same)).toBeNull());
  });

  it('saves a valid form and opens the dashboard named after the organisation', async () => {
    const form = await openForm();
    await form.user.type(form.name, `  ${cell.name}  `);
    await form.user.type(form.code, 'cb012');
    await form.user.click(form.kind('chi_bo'));
    await form.user.type(form.parentName, cell.parentName);
    await form.user.type(form.parentCode, 'du05');
    await form.user.click(form.submit);

    const heading = await screen.findByRole('heading', { level: 1, name: cell.name });
    expect(heading).toBeVisible();
    expect(heading).toHaveFocus();
    expect(screen.getByRole('navigation', { name: messages.nav.main })).toBeVisible();
    expect(await test.store.handlers['org.home']({})).toMatchObject({
      name: cell.name,
      code: 'CB012',
      kind: 'chi_bo',
      parent: { name: cell.parentName, code: 'DU05' },
    });
  });

  it('shows why the register refused to save: set up elsewhere in the meantime', async () => {
    const form = await openForm();
    // Someone set the register up from the command line while this form was open.
    await test.store.handlers['org.setupHome']({ name: 'Chi bộ Khu phố 5', code: 'CB005', kind: 'cap_tren' });

    await form.user.type(form.name, cell.name);
    await form.user.type(form.code, cell.code);
    await form.user.click(form.kind('cap_tren'));
    await form.user.click(form.submit);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(messages.setup.failed);
    expect(alert).toHaveTextContent(
      messages.errors.home_exists.replace('{{name}}', 'Chi bộ Khu phố 5').replace('{{code}}', 'CB005'),
    );
    expect(screen.getByRole('button', { name: messages.setup.submit })).toBeEnabled();
  });

  it('puts a refusal about one field under that field', async () => {
    // A code already used by another organisation in the register (as after an import).
    test.store.db
      .prepare('INSERT INTO organisations (code, name, kind, created_at) VALUES (?, ?, ?, ?)')
      .run('CB012', 'Chi bộ cũ', 'chi_bo', '2026-01-01');
    const form = await openForm();
    await form.user.type(form.name, cell.name);
    await form.user.type(form.code, cell.code);
    await form.user.click(form.kind('cap_tren'));
    await form.user.click(form.submit);

    const taken = messages.errors.code_taken.replace('{{code}}', 'CB012');
    expect(await screen.findByRole('alert')).toHaveTextContent(taken);
    await waitFor(() => expect(form.code).toHaveAttribute('aria-invalid', 'true'));
    expect(form.code).toHaveAccessibleDescription(expect.stringContaining(taken));
  });
});
