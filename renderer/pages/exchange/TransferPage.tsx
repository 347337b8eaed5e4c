import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../layout/usePageTitle';

/** Receiving a member's transfer file. */
export function TransferPage() {
  const { t } = useTranslation();
  usePageTitle(t('exchange.transfer.title'));
  return (
    <Stack gap="xl" maw="72rem">
      <PageHeading>{t('exchange.transfer.title')}</PageHeading>
    </Stack>
  );
}
