import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useMatch } from 'react-router';
import classes from './MainNavigation.module.css';

function NavigationItem({ to, label }: { to: string; label: string }) {
  const active = useMatch({ path: to, end: true }) !== null;
  return (
    <NavLink
      component={RouterNavLink}
      to={to}
      end
      label={label}
      active={active}
      classNames={{ root: classes.root, label: classes.label }}
    />
  );
}

/** The app's sections. The router's link marks the current one with aria-current="page". */
export function MainNavigation() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.main')} className={classes.navigation}>
      <NavigationItem to="/" label={t('nav.dashboard')} />
      <NavigationItem to="/settings" label={t('nav.settings')} />
    </nav>
  );
}
