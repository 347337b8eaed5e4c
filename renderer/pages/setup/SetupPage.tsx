import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Shell } from '../../layout/Shell';
import { usePageTitle } from '../../layout/usePageTitle';
import { SetupForm } from './SetupForm';

/** What a new register shows: who keeps it must be declared before anything else can be recorded. */
export function SetupPage() {
  const { t } = useTranslation();
  usePageTitle();
  return (
    <Shell>
      <Stack gap="lg" maw="44rem">
        <Title order={1}>{t('setup.title')}</Title>
        <Text>{t('setup.intro')}</Text>
        <SetupForm />
      </Stack>
    </Shell>
  );
}
