import { Alert, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useId, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorData } from '../../../shared/api/errors';
import { translateError } from '../../i18n/translateError';

interface UnitFormCardProps {
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  busy: boolean;
  onCancel: () => void;
  /** The service's refusal, in its own words, above the buttons. */
  refusal: ApiErrorData | null;
  refusalTitle: string;
  /** False when there is nothing to choose: only "Hủy" is offered. */
  canSubmit?: boolean;
  children: ReactNode;
}

/** One change to one unit, opened in place under the unit's row: a titled region with its fields and two buttons. */
export function UnitFormCard({
  title,
  onSubmit,
  submitLabel,
  busy,
  onCancel,
  refusal,
  refusalTitle,
  canSubmit = true,
  children,
}: UnitFormCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId} mt="xs" mb="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          <Title order={2} size="h3" id={titleId}>
            {title}
          </Title>
          {children}
          {refusal && (
            <Alert title={refusalTitle} variant="light">
              {translateError(t, refusal)}
            </Alert>
          )}
          <Group gap="md">
            {canSubmit && (
              <Button type="submit" disabled={busy}>
                {busy ? t('units.form.saving') : submitLabel}
              </Button>
            )}
            <Button variant="default" onClick={onCancel}>
              {t('units.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
