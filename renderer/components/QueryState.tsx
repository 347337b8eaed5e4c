import { Alert, Button, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toErrorData } from '../api/ApiCallError';
import { translateError } from '../i18n/translateError';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** The alert's title when the data could not be read. */
  failedTitle?: string;
  children: (data: T) => ReactNode;
}

/** A part of a page that shows what it read, says so while reading, and says why (with a retry) when it could not. */
export function QueryState<T>({ query, failedTitle, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Text role="status" c="dimmed">
        {t('common.loading')}
      </Text>
    );
  }
  if (query.isError) {
    return (
      <Alert title={failedTitle ?? t('common.loadFailed')} variant="light">
        <Stack gap="sm" align="flex-start">
          <Text>{translateError(t, toErrorData(query.error))}</Text>
          <Button variant="default" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return children(query.data);
}
