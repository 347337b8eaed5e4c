import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../layout/usePageTitle';
import { DataFileInfo } from './DataFileInfo';
import { LanguageSetting } from './LanguageSetting';

export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  return (
    <Stack gap="xl" maw="52rem">
      <Title order={1}>{t('settings.title')}</Title>
      <LanguageSetting />
      <DataFileInfo />
    </Stack>
  );
}
