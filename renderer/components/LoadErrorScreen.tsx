import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiErrorData } from '../../shared/api/errors';
import { translateError } from '../i18n/translateError';

/** The register could not be read: say why, and offer to try again rather than leave an empty window. */
export function LoadErrorScreen({ error, onRetry }: { error: ApiErrorData; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100%" p="xl">
      <Alert title={t('common.loadFailed')} variant="light" maw="36rem">
        <Stack gap="md" align="flex-start">
          <Text>{translateError(t, error)}</Text>
          <Button onClick={onRetry}>{t('common.retry')}</Button>
        </Stack>
      </Alert>
    </Center>
  );
}
