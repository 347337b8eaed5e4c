import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { vi as messages } from '../../shared/i18n/vi';
import { App } from '../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from './harness';

// Source under test: renderer/components/PageErrorBoundary.tsx around the routes of renderer/App.tsx.

// A page with a fault: the units page throws while drawing itself.
vi.mock('../../renderer/pages/units/UnitsPage', () => ({
  UnitsPage: () => {
    throw new Error('Không đọc được cây đơn vị');
  },
}));

const failed = messages.common.pageFailed;

describe('a page that fails while drawing', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  it('says so in place of the page and leaves the navigation working', async () => {
    // React reports the caught error on the console; here that is expected, not a fault of the test.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/units' });

    expect(await screen.findByRole('heading', { level: 1, name: failed.title })).toHaveFocus();
    expect(screen.getByText(failed.body)).toBeVisible();
    expect(screen.getByText('Chi tiết lỗi (gửi kèm khi nhờ hỗ trợ): Không đọc được cây đơn vị')).toBeVisible();
    expect(logged).toHaveBeenCalled();

    const navigation = screen.getByRole('navigation', { name: messages.nav.main });
    await user.click(within(navigation).getByRole('link', { name: messages.nav.dashboard }));
    expect(await screen.findByRole('heading', { level: 1, name: cell.name })).toBeVisible();
    expect(screen.queryByRole('heading', { name: failed.title })).toBeNull();
  });
});
