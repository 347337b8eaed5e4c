import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the window after the page, so the taskbar and screen readers say where the user is. */
export function usePageTitle(pageTitle?: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} — ${appName}` : appName;
  }, [pageTitle, appName]);
}
