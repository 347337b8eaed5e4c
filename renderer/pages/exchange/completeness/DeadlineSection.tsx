import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatViDate } from '../../../../shared/dates/calendar';
import type { CompletenessBoard } from '../../../../shared/exchange/completeness';
import { dateSchema } from '../../../../shared/members/fields';
import { toErrorData } from '../../../api/ApiCallError';
import { useSetDeadline } from '../../../api/exchangeCompletenessQueries';
import { DateInput } from '../../../components/DateInput';
import { translateError } from '../../../i18n/translateError';
import { daysFrom } from './daysFrom';

/**
 * The period's deadline and where it comes from (the committee's own, or the rule's default with its citation), with a
 * small form to set another day or go back to the default. Lateness on the board is judged against it.
 */
export function DeadlineSection({ board }: { board: Pick<CompletenessBoard, 'period' | 'asOf' | 'deadline'> }) {
  const { t } = useTranslation();
  const titleId = useId();
  const formTitleId = useId();
  const { deadline } = board;
  const setting = useSetDeadline();
  const [dueOn, setDueOn] = useState(formatViDate(deadline.dueOn));
  const [error, setError] = useState<string | null>(null);

  const save = (next: string | null) =>
    setting.mutate({ period: board.period, dueOn: next }, { onSuccess: (saved) => setDueOn(formatViDate(saved.dueOn)) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = dateSchema.safeParse(dueOn);
    if (!parsed.success) {
      setError(t(parsed.error.issues[0]?.message ?? 'validation.date_invalid'));
      return;
    }
    setError(null);
    save(parsed.data);
  };

  const done = setting.data;
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={2} id={titleId}>
        {t('exchange.completeness.deadline.title')}
      </Title>
      <Text fw={600}>
        {deadline.source === 'set'
          ? t('exchange.completeness.deadline.set', { date: formatViDate(deadline.dueOn) })
          : t('exchange.completeness.deadline.default', { date: formatViDate(deadline.dueOn), days: daysFrom(board.asOf, deadline.dueOn) })}
      </Text>
      {deadline.source === 'default' && deadline.rule && <Text size="sm">{t('exchange.completeness.deadline.rule', { rule: deadline.rule })}</Text>}
      <Card withBorder padding="md" component="form" onSubmit={submit} noValidate aria-labelledby={formTitleId} maw="32rem">
        <Stack gap="sm">
          <Title order={3} size="h4" id={formTitleId}>
            {t('exchange.completeness.deadline.formTitle')}
          </Title>
          <DateInput
            label={t('exchange.completeness.deadline.dueOn')}
            value={dueOn}
            onChange={(event) => setDueOn(event.currentTarget.value)}
            error={error}
            required
            maw="20rem"
          />
          <Group gap="md">
            <Button type="submit" loading={setting.isPending && setting.variables.dueOn !== null}>
              {t('exchange.completeness.deadline.submit')}
            </Button>
            {deadline.source === 'set' && (
              <Button variant="default" onClick={() => save(null)} loading={setting.isPending && setting.variables.dueOn === null}>
                {t('exchange.completeness.deadline.reset')}
              </Button>
            )}
          </Group>
        </Stack>
      </Card>
      {setting.isError && (
        <Alert variant="light" title={t('exchange.completeness.deadline.failed')} role="alert">
          {translateError(t, toErrorData(setting.error))}
        </Alert>
      )}
      <div role="status">
        {done && !setting.isPending && (
          <Text>
            {t(setting.variables?.dueOn === null ? 'exchange.completeness.deadline.resetDone' : 'exchange.completeness.deadline.saved', {
              date: formatViDate(done.dueOn),
            })}
          </Text>
        )}
      </div>
    </Stack>
  );
}
