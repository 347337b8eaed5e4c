import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../layout/usePageTitle';

/** Which units have sent the period.s file. */
export function CompletenessPage() {
  const { t } = useTranslation();
  usePageTitle(t('exchange.completeness.title'));
  return (
    <Stack gap="xl" maw="72rem">
      <PageHeading>{t('exchange.completeness.title')}</PageHeading>
    </Stack>
  );
}
