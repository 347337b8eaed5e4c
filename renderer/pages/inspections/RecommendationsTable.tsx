import { Alert, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatViDate } from '../../../shared/dates/calendar';
import type { InspectionDetail, RecommendationView } from '../../../shared/inspections/views';
import { dateSchema } from '../../../shared/members/fields';
import { toErrorData } from '../../api/ApiCallError';
import { useRecommendationStatus } from '../../api/inspectionQueries';
import { DateInput } from '../../components/DateInput';
import { translateError } from '../../i18n/translateError';
import classes from '../member/tables.module.css';
import { recommendationStateText } from './describeInspection';
import pageClasses from './InspectionPage.module.css';

/** The day a recommendation was done, typed as dd/mm/yyyy (today to start with), and an optional note. */
function DoneForm({ recommendation, number, today, onClose }: { recommendation: RecommendationView; number: number; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const status = useRecommendationStatus();
  const [doneOn, setDoneOn] = useState(formatViDate(today));
  const [note, setNote] = useState(recommendation.note ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = dateSchema.safeParse(doneOn);
    if (!parsed.success) {
      setError(t(parsed.error.issues[0]?.message ?? 'validation.date_invalid'));
      return;
    }
    setError(null);
    status.mutate({ id: recommendation.id, doneOn: parsed.data, note }, { onSuccess: onClose });
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id={titleId}>
            {t('inspections.detail.doneTitle', { number })}
          </Title>
          <Group align="flex-start" gap="md">
            <DateInput label={t('inspections.detail.doneOn')} value={doneOn} onChange={(event) => setDoneOn(event.currentTarget.value)} error={error} required />
            <TextInput label={t('inspections.detail.note')} size="md" value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          </Group>
          {status.isError && (
            <Alert title={t('inspections.detail.statusFailed')} variant="light" role="alert">
              {translateError(t, toErrorData(status.error))}
            </Alert>
          )}
          <Group gap="md">
            <Button type="submit" loading={status.isPending}>
              {t('inspections.detail.saveDone')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('inspections.detail.cancelDone')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The record's recommendations with their status; each can be marked done on a day, or reopened. */
export function RecommendationsTable({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const titleId = useId();
  const reopen = useRecommendationStatus();
  const [marking, setMarking] = useState<number | null>(null);
  const { recommendations } = inspection;
  const markingIndex = recommendations.findIndex((row) => row.id === marking);
  const markingRow = recommendations[markingIndex];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        {t('inspections.detail.recommendations')}
      </Title>
      {recommendations.length === 0 ? (
        <Text>{t('inspections.detail.recommendationsEmpty')}</Text>
      ) : (
        <Stack gap="md">
          <div className={classes.scroller}>
            <Table aria-labelledby={titleId} fz="md" verticalSpacing="sm" className={classes.table}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('inspections.detail.columns.content')}</Table.Th>
                  <Table.Th scope="col">{t('inspections.detail.columns.deadline')}</Table.Th>
                  <Table.Th scope="col">{t('inspections.detail.columns.responsible')}</Table.Th>
                  <Table.Th scope="col">{t('inspections.detail.columns.state')}</Table.Th>
                  <Table.Th scope="col">{t('inspections.detail.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {recommendations.map((row, index) => {
                  const number = index + 1;
                  return (
                    <Table.Tr key={row.id}>
                      <Table.Td className={pageClasses.text}>{row.content}</Table.Td>
                      <Table.Td className={classes.date}>{formatViDate(row.deadline)}</Table.Td>
                      <Table.Td>{row.responsible ?? ''}</Table.Td>
                      <Table.Td className={row.state === 'overdue' ? pageClasses.overdue : undefined}>
                        {recommendationStateText(t, row)}
                        {row.note !== null && <Text c="dimmed">{row.note}</Text>}
                      </Table.Td>
                      <Table.Td>
                        {row.state === 'done' ? (
                          <Button
                            variant="default"
                            aria-label={t('inspections.detail.reopenLabel', { number })}
                            loading={reopen.isPending && reopen.variables?.id === row.id}
                            onClick={() => reopen.mutate({ id: row.id, doneOn: null })}
                          >
                            {t('inspections.detail.reopen')}
                          </Button>
                        ) : (
                          <Button
                            variant="default"
                            aria-label={t('inspections.detail.markDoneLabel', { number })}
                            onClick={() => setMarking(row.id)}
                          >
                            {t('inspections.detail.markDone')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
          {reopen.isError && (
            <Alert title={t('inspections.detail.statusFailed')} variant="light" role="alert">
              {translateError(t, toErrorData(reopen.error))}
            </Alert>
          )}
          {markingRow && (
            <DoneForm
              key={markingRow.id}
              recommendation={markingRow}
              number={markingIndex + 1}
              today={inspection.today}
              onClose={() => setMarking(null)}
            />
          )}
        </Stack>
      )}
    </Card>
  );
}
