import '@mantine/core/styles.css';
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { createTranslator } from '../shared/i18n/translator';
import { DEFAULT_LANGUAGE } from '../shared/settings/schemas';
import { App } from './App';
import { AppProviders } from './AppProviders';
import { chooseTransport } from './api/chooseTransport';
import { createApiClient } from './api/client';
import { createQueryClient } from './api/queryClient';
import { queryKeys } from './api/queryKeys';

/**
 * Starts the interface. The saved language is read before the first paint so the user never sees a flash of the
 * other language; if it cannot be read the app opens in Vietnamese and the pages report the problem themselves.
 */
async function start(): Promise<void> {
  const api = createApiClient(chooseTransport());
  const queryClient = createQueryClient();
  const settings = await api.call('settings.get', {}).catch(() => null);
  if (settings) queryClient.setQueryData(queryKeys.settings, settings);
  const language = settings?.language ?? DEFAULT_LANGUAGE;
  document.documentElement.lang = language;

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <AppProviders api={api} queryClient={queryClient} translator={createTranslator(language)}>
        <HashRouter>
          <App />
        </HashRouter>
      </AppProviders>
    </StrictMode>,
  );
}

void start();
