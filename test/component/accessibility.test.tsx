import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi as messages } from '../../shared/i18n/vi';
import { App } from '../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from './harness';

/** axe's rules that jsdom can answer; colour contrast needs real rendering and is checked in the browser tests. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

describe('accessibility of each page', () => {
  let test: TestStore;
  beforeEach(() => {
    test = openTestStore();
  });
  afterEach(() => test.close());

  it('setup form', async () => {
    renderWithApp(<App />, { transport: test.transport });
    await screen.findByRole('heading', { level: 1, name: messages.setup.title });
    expect(await violations()).toEqual([]);
  });

  it('setup form showing what is missing', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport });
    await user.click(await screen.findByRole('button', { name: messages.setup.submit }));
    await screen.findByText(messages.validation.kind_required);
    expect(await violations()).toEqual([]);
  });

  it('dashboard', async () => {
    await test.store.handlers['org.setupHome'](cell);
    renderWithApp(<App />, { transport: test.transport });
    await screen.findByRole('heading', { level: 1, name: cell.name });
    expect(await violations()).toEqual([]);
  });

  it('settings', async () => {
    await test.store.handlers['org.setupHome'](cell);
    renderWithApp(<App />, { transport: test.transport, path: '/settings' });
    await screen.findByText(test.store.file);
    expect(await violations()).toEqual([]);
  });
});
