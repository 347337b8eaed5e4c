import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../layout/usePageTitle';
import { DataFileInfo } from './DataFileInfo';
import { LanguageSetting } from './LanguageSetting';

export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  return (
    <Stack gap="xl" maw="52rem">
      <PageHeading>{t('settings.title')}</PageHeading>
      <LanguageSetting />
      <DataFileInfo />
    </Stack>
  );
}
