import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from './PageHeading';

function PageFailed({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Stack gap="md" maw="40rem">
      <PageHeading>{t('common.pageFailed.title')}</PageHeading>
      <Alert variant="light">
        <Stack gap="sm" align="flex-start">
          <Text>{t('common.pageFailed.body')}</Text>
          <Text size="sm">{t('common.pageFailed.detail', { detail })}</Text>
          <Group>
            <Button onClick={resetErrorBoundary}>{t('common.retry')}</Button>
            <Anchor component={Link} to="/">
              {t('common.pageFailed.home')}
            </Anchor>
          </Group>
        </Stack>
      </Alert>
    </Stack>
  );
}

/**
 * A page that fails while drawing itself is replaced by a plain message instead of emptying the whole window: the
 * navigation stays, and going to another page (or trying again) draws afresh.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={PageFailed} resetKeys={[pathname]}>
      {children}
    </ErrorBoundary>
  );
}
