import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi as messages } from '../../shared/i18n/vi';
import { App } from '../../renderer/App';
import { formatDateVi } from '../../renderer/format/date';
import { cell, openTestStore, renderWithApp, type TestStore } from './harness';

describe('the app', () => {
  let test: TestStore;
  beforeEach(() => {
    test = openTestStore();
  });
  afterEach(() => test.close());

  it('opens on the setup form while the register has no organisation', async () => {
    renderWithApp(<App />, { transport: test.transport });
    expect(screen.getByRole('status')).toHaveTextContent(messages.common.loading);
    expect(await screen.findByRole('heading', { level: 1, name: messages.setup.title })).toBeVisible();
    expect(screen.getByRole('banner')).toHaveTextContent(messages.app.name);
    expect(screen.getByRole('main')).toBeVisible();
    expect(screen.getByRole('button', { name: messages.setup.submit })).toBeVisible();
  });

  it('opens on the dashboard once the register belongs to an organisation', async () => {
    await test.store.handlers['org.setupHome'](cell);
    const home = await test.store.handlers['org.home']({});
    renderWithApp(<App />, { transport: test.transport });

    expect(await screen.findByRole('heading', { level: 1, name: cell.name })).toBeVisible();
    expect(screen.getByRole('banner')).toHaveTextContent(cell.name);
    const navigation = screen.getByRole('navigation', { name: messages.nav.main });
    const dashboardLink = within(navigation).getByRole('link', { name: messages.nav.dashboard });
    expect(dashboardLink).toHaveAttribute('aria-current', 'page');
    expect(within(navigation).getByRole('link', { name: messages.nav.settings })).not.toHaveAttribute('aria-current');

    const details = screen.getByRole('region', { name: messages.dashboard.details });
    const valueOf = (term: string) => within(details).getByText(term).nextElementSibling;
    expect(valueOf(messages.dashboard.code)).toHaveTextContent('CB012');
    expect(valueOf(messages.dashboard.kind)).toHaveTextContent(messages.org.kind.chi_bo.label);
    expect(valueOf(messages.dashboard.parent)).toHaveTextContent(`${cell.parentName} (mã ${cell.parentCode})`);
    expect(valueOf(messages.dashboard.since)).toHaveTextContent(formatDateVi(home?.createdAt ?? ''));
    expect(document.title).toBe(`${messages.dashboard.title} — ${messages.app.name}`);
  });

  it('says when an upper committee has no parent declared', async () => {
    const committee = { name: 'Đảng ủy phường Hòa Bình', code: 'DU05', kind: 'cap_tren' } as const;
    await test.store.handlers['org.setupHome'](committee);
    renderWithApp(<App />, { transport: test.transport });
    const details = await screen.findByRole('region', { name: messages.dashboard.details });
    expect(within(details).getByText(messages.dashboard.parentNone)).toBeVisible();
    expect(within(details).getByText(messages.org.kind.cap_tren.label)).toBeVisible();
  });

  it('says why the register could not be read, and tries again when asked', async () => {
    let reachable = false;
    const user = userEvent.setup();
    renderWithApp(<App />, {
      transport: (name, input) =>
        reachable ? test.transport(name, input) : Promise.reject(new TypeError('Failed to fetch')),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(messages.common.loadFailed);
    expect(alert).toHaveTextContent(messages.errors.network);

    reachable = true;
    await user.click(within(alert).getByRole('button', { name: messages.common.retry }));
    expect(await screen.findByRole('heading', { level: 1, name: messages.setup.title })).toBeVisible();
  });

  it('goes to the dashboard from an address that does not exist', async () => {
    await test.store.handlers['org.setupHome'](cell);
    renderWithApp(<App />, { transport: test.transport, path: '/nowhere' });
    expect(await screen.findByRole('heading', { level: 1, name: cell.name })).toBeVisible();
  });
});
