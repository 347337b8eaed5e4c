import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HomeOrganisation } from '../../../shared/org/schemas';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../layout/usePageTitle';
import { OrganisationDetails } from './OrganisationDetails';
import { Reminders } from './Reminders';

/**
 * The overview, titled with the organisation's own name: the first thing the user sees names whose register it is;
 * below its details, what the cell should do soon.
 */
export function DashboardPage({ organisation }: { organisation: HomeOrganisation }) {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'));
  return (
    <Stack gap="lg" maw="52rem">
      <PageHeading>{organisation.name}</PageHeading>
      <OrganisationDetails organisation={organisation} />
      <Reminders />
    </Stack>
  );
}
