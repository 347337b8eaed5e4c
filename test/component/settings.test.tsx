import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { vi as messages } from '../../shared/i18n/vi';
import { App } from '../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from './harness';

describe('settings', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => {
    document.documentElement.lang = 'vi';
    test.close();
  });

  it('is reached from the main navigation', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport });
    const navigation = await screen.findByRole('navigation', { name: messages.nav.main });
    await user.click(within(navigation).getByRole('link', { name: messages.nav.settings }));
    expect(await screen.findByRole('heading', { level: 1, name: messages.settings.title })).toBeVisible();
    const settingsLink = within(navigation).getByRole('link', { name: messages.nav.settings });
    expect(settingsLink).toHaveAttribute('aria-current', 'page');
  });

  it('switches the whole interface to English at once and keeps the choice in the register', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/settings' });
    await screen.findByRole('heading', { level: 1, name: messages.settings.title });
    const languages = screen.getByRole('radiogroup', { name: messages.settings.language });
    await waitFor(() => expect(within(languages).getByRole('radio', { name: 'Tiếng Việt' })).toBeChecked());

    await user.click(within(languages).getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: en.settings.title })).toBeVisible();
    expect(screen.getByRole('navigation', { name: en.nav.main })).toHaveTextContent(en.nav.dashboard);
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(en.settings.saved);
    expect(document.documentElement.lang).toBe('en');
    expect(await test.store.handlers['settings.get']({})).toEqual({ language: 'en' });
  });

  it('opens in the saved language', async () => {
    await test.store.handlers['settings.update']({ language: 'en' });
    renderWithApp(<App />, { transport: test.transport, path: '/settings', language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: en.settings.title })).toBeVisible();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'English' })).toBeChecked());
  });

  it('shows where the data file is and which version keeps it', async () => {
    renderWithApp(<App />, { transport: test.transport, path: '/settings' });
    const section = await screen.findByRole('region', { name: messages.settings.dataFile });
    expect(await within(section).findByText(test.store.file)).toBeVisible();
    expect(within(section).getByText('test')).toBeVisible();
  });
});
