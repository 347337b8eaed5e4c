import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import classes from './Reports.module.css';

const PARTS = [
  { path: '', key: 'summary' },
  { path: '/members', key: 'members' },
  { path: '/forms', key: 'forms' },
  { path: '/ratings', key: 'ratings' },
  { path: '/ktgs', key: 'ktgs' },
  { path: '/dues', key: 'dues' },
  { path: '/charts', key: 'charts' },
  { path: '/print', key: 'print' },
] as const;

/**
 * The report's parts as links (a page each, with its own heading), keeping the period and unit chosen. The router
 * marks the open part with aria-current="page".
 */
export function ReportNav({ search }: { search: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('reports.ui.sections.label')}>
      <ul className={classes.parts}>
        {PARTS.map((part) => (
          <li key={part.key}>
            <Anchor component={NavLink} to={{ pathname: `/reports${part.path}`, search }} end className={classes.part}>
              {t(`reports.ui.sections.${part.key}`)}
            </Anchor>
          </li>
        ))}
      </ul>
    </nav>
  );
}
