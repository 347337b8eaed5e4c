import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, type RenderResult } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { openStore, type Store } from '../../db/store';
import { dispatch } from '../../shared/api/dispatch';
import { createTranslator } from '../../shared/i18n/translator';
import type { Language } from '../../shared/settings/schemas';
import { AppProviders } from '../../renderer/AppProviders';
import { createApiClient, type ApiClient } from '../../renderer/api/client';
import { createQueryClient } from '../../renderer/api/queryClient';
import type { Transport } from '../../renderer/api/transport';

export interface TestStore {
  store: Store;
  /** The renderer's way in: every call goes through the same dispatch as the real hosts. */
  transport: Transport;
  close(): void;
}

/** A real store on a fresh database file in its own temporary folder. */
export function openTestStore(): TestStore {
  const dir = mkdtempSync(join(tmpdir(), 'scb-'));
  const store = openStore({ file: join(dir, 'db.sqlite'), appVersion: 'test' });
  return {
    store,
    transport: (name, input) => dispatch(store.handlers, name, input),
    close: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Rendered extends RenderResult {
  api: ApiClient;
  queryClient: QueryClient;
  translator: i18n;
}

/** Renders `ui` inside the app's providers, at `path`, talking to `transport`. */
export function renderWithApp(
  ui: ReactNode,
  { transport, path = '/', language = 'vi' }: { transport: Transport; path?: string; language?: Language },
): Rendered {
  const api = createApiClient(transport);
  const queryClient = createQueryClient();
  const translator = createTranslator(language);
  const result = render(
    <AppProviders api={api} queryClient={queryClient} translator={translator}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppProviders>,
  );
  return { ...result, api, queryClient, translator };
}

export const cell = {
  name: 'Chi bộ Khu phố 3',
  code: 'CB012',
  kind: 'chi_bo',
  parentName: 'Đảng ủy phường Hòa Bình',
  parentCode: 'DU05',
} as const;
