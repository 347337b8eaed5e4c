import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <Center h="100%" p="xl">
      <Stack align="center" gap="sm" role="status">
        <Loader />
        <Text>{t('common.loading')}</Text>
      </Stack>
    </Center>
  );
}
