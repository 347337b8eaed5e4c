import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './Shell.module.css';

interface ShellProps {
  /** Shown beside the app's name once the register belongs to someone. */
  organisationName?: string;
  /** The main navigation; absent during first-run setup, when there is nowhere else to go. */
  navigation?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every page: a header naming the app and the organisation, the navigation and the main content, as
 * landmarks a screen reader can jump between. Plain elements laid out by a static stylesheet: Mantine's AppShell writes
 * its layout into a <style> tag, which the Content-Security-Policy refuses.
 */
export function Shell({ organisationName, navigation, children }: ShellProps) {
  const { t } = useTranslation();
  return (
    <div className={classes.shell} data-with-navigation={navigation ? true : undefined}>
      <header className={classes.header}>
        <span className={classes.appName}>{t('app.name')}</span>
        {organisationName && <span className={classes.organisation}>{organisationName}</span>}
      </header>
      {navigation}
      <main className={classes.main}>{children}</main>
    </div>
  );
}
