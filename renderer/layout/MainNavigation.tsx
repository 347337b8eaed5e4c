import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useMatch } from 'react-router';
import classes from './MainNavigation.module.css';

/** `section`: the link stays marked on the pages under it (a member's page is still in "Đảng viên"). */
function NavigationItem({ to, label, section = false }: { to: string; label: string; section?: boolean }) {
  const active = useMatch({ path: to, end: !section }) !== null;
  return (
    <NavLink
      component={RouterNavLink}
      to={to}
      end={!section}
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
      <NavigationItem to="/members" label={t('members.nav')} section />
      <NavigationItem to="/meetings" label={t('meetings.nav')} section />
      <NavigationItem to="/inspections" label={t('inspections.nav')} section />
      <NavigationItem to="/ratings" label={t('ratings.nav')} section />
      <NavigationItem to="/dues" label={t('dues.nav')} section />
      <NavigationItem to="/candidates" label={t('candidates.nav')} section />
      <NavigationItem to="/reports" label={t('reports.nav')} section />
      <NavigationItem to="/exchange" label={t('exchange.nav')} section />
      <NavigationItem to="/units" label={t('units.nav')} />
      <NavigationItem to="/settings" label={t('nav.settings')} />
    </nav>
  );
}
