import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from './api/ApiProvider';
import type { ApiClient } from './api/client';
import { theme } from './theme/theme';

interface AppProvidersProps {
  api: ApiClient;
  queryClient: QueryClient;
  translator: i18n;
  children: ReactNode;
}

/**
 * Everything the pages rely on, minus the router (the app uses a hash router, tests a memory one).
 * Mantine may not add <style> tags (the CSP refuses them): its CSS variables come from the static stylesheets instead,
 * and the colour scheme is fixed to light, the one those stylesheets define.
 */
export function AppProviders({ api, queryClient, translator, children }: AppProvidersProps) {
  return (
    <MantineProvider theme={theme} withCssVariables={false} withGlobalClasses={false} forceColorScheme="light">
      <I18nextProvider i18n={translator}>
        <ApiProvider client={api}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ApiProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
