import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatViDate } from '../../../shared/dates/calendar';
import type { KtgsPlan, PlanItemView } from '../../../shared/inspections/views';
import { toErrorData } from '../../api/ApiCallError';
import { useAddPlanItem, useDeletePlanItem, useKtgsPlan, useUpdatePlanItem } from '../../api/inspectionQueries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { useYearParam, YearSelect } from '../../components/YearSelect';
import { QueryState } from '../../components/QueryState';
import { translateError } from '../../i18n/translateError';
import { usePageTitle } from '../../layout/usePageTitle';
import classes from '../member/tables.module.css';
import { shortText, subjectText } from './describeInspection';
import pageClasses from './InspectionPage.module.css';
import { emptyPlanForm, planItemToForm } from './planFormValues';
import { PlanItemForm } from './PlanItemForm';

/** Done (with a link to each record that did it), missed once its period is over, or still to do. */
function StateCell({ item }: { item: PlanItemView }) {
  const { t } = useTranslation();
  if (item.state === 'fulfilled') {
    return (
      <Stack gap={4}>
        <Text fw={500}>
          <span aria-hidden="true">✓ </span>
          {t('inspections.plan.state.fulfilled')}
        </Text>
        {item.fulfilledBy.map((record) => (
          <Anchor key={record.id} component={Link} to={`/inspections/${record.id}`}>
            {t('inspections.plan.fulfilledBy', { date: formatViDate(record.startDate) })}
          </Anchor>
        ))}
      </Stack>
    );
  }
  if (item.state === 'missed') {
    return (
      <Text className={pageClasses.overdue}>
        {t('inspections.plan.state.missed', { period: t(`inspections.period.${item.period}`).toLowerCase() })}
      </Text>
    );
  }
  return <Text>{t('inspections.plan.state.pending')}</Text>;
}

interface PlanTableProps {
  plan: KtgsPlan;
  onEdit: (item: PlanItemView) => void;
  onDelete: (item: PlanItemView) => void;
}

function PlanTable({ plan, onEdit, onDelete }: PlanTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const done = plan.items.filter((item) => item.state === 'fulfilled').length;
  return (
    <>
      <Title order={2} size="h3" id={captionId}>
        {t('inspections.plan.caption', { year: plan.year, count: plan.items.length, done })}
      </Title>
      <div className={classes.scroller}>
        <Table aria-labelledby={captionId} fz="md" verticalSpacing="sm" className={classes.table}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('inspections.plan.columns.period')}</Table.Th>
              <Table.Th scope="col">{t('inspections.plan.columns.activity')}</Table.Th>
              <Table.Th scope="col">{t('inspections.plan.columns.subject')}</Table.Th>
              <Table.Th scope="col">{t('inspections.plan.columns.content')}</Table.Th>
              <Table.Th scope="col">{t('inspections.plan.columns.conductedBy')}</Table.Th>
              <Table.Th scope="col">{t('inspections.plan.columns.state')}</Table.Th>
              <Table.Th scope="col">{t('inspections.plan.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.items.map((item) => {
              const content = shortText(item.content);
              return (
                <Table.Tr key={item.id}>
                  <Table.Td className={classes.date}>{t(`inspections.period.${item.period}`)}</Table.Td>
                  <Table.Td>
                    {t('inspections.activityKind', {
                      activity: t(`inspections.activity.${item.activity}`),
                      kind: t(`inspections.kind.${item.kind}`),
                    })}
                  </Table.Td>
                  <Table.Td>{subjectText(t, item.subject)}</Table.Td>
                  <Table.Td className={pageClasses.text}>{item.content}</Table.Td>
                  <Table.Td>{item.conductedBy ?? ''}</Table.Td>
                  <Table.Td>
                    <StateCell item={item} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button variant="default" aria-label={t('inspections.plan.editLabel', { content })} onClick={() => onEdit(item)}>
                        {t('inspections.plan.edit')}
                      </Button>
                      <Button variant="default" aria-label={t('inspections.plan.deleteLabel', { content })} onClick={() => onDelete(item)}>
                        {t('inspections.plan.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}

/** What the page's form is doing: nothing, adding an item, or correcting one. */
type Editing = { mode: 'none' } | { mode: 'add' } | { mode: 'edit'; item: PlanItemView };

/** The annual KTGS plan: its items, each checked off once a record carries it out; items added, edited, deleted here. */
export function PlanPage() {
  const { t } = useTranslation();
  const { year, choices, setYear } = useYearParam(1);
  usePageTitle(t('inspections.plan.title', { year }));
  const plan = useKtgsPlan(year);
  const add = useAddPlanItem();
  const update = useUpdatePlanItem();
  const remove = useDeletePlanItem();
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  const [deleting, setDeleting] = useState<PlanItemView | null>(null);
  const close = () => setEditing({ mode: 'none' });

  return (
    <Stack gap="lg" maw="80rem">
      <Anchor component={Link} to={`/inspections?year=${year}`} size="md">
        <span aria-hidden="true">← </span>
        {t('inspections.plan.back', { year })}
      </Anchor>
      <PageHeading>{t('inspections.plan.title', { year })}</PageHeading>
      <Text maw="48rem">{t('inspections.plan.intro')}</Text>
      <Group align="flex-end" gap="md">
        <YearSelect
          label={t('inspections.plan.year')}
          year={year}
          choices={choices}
          onChange={(value) => {
            close();
            setYear(value);
          }}
        />
        <Button size="md" onClick={() => setEditing({ mode: 'add' })} disabled={editing.mode === 'add'}>
          {t('inspections.plan.add')}
        </Button>
      </Group>
      {remove.isError && (
        <Alert title={t('inspections.plan.deleteFailed')} variant="light" role="alert">
          {translateError(t, toErrorData(remove.error))}
        </Alert>
      )}
      {editing.mode === 'add' && (
        <PlanItemForm
          key={`add-${year}`}
          title={t('inspections.plan.formNew', { year })}
          defaultValues={emptyPlanForm(year)}
          onSave={async (item) => {
            await add.mutateAsync(item);
            close();
          }}
          onCancel={close}
        />
      )}
      {editing.mode === 'edit' && (
        <PlanItemForm
          key={`edit-${editing.item.id}`}
          title={t('inspections.plan.formEdit')}
          defaultValues={planItemToForm(editing.item)}
          onSave={async (item) => {
            await update.mutateAsync({ id: editing.item.id, item });
            close();
          }}
          onCancel={close}
        />
      )}
      <QueryState query={plan} failedTitle={t('inspections.plan.loadFailed')}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('inspections.plan.empty', { year })}</Text>
          ) : (
            <PlanTable
              plan={data}
              onEdit={(item) => setEditing({ mode: 'edit', item })}
              onDelete={(item) => {
                remove.reset();
                setDeleting(item);
              }}
            />
          )
        }
      </QueryState>
      <ConfirmDialog
        open={deleting !== null}
        title={t('inspections.plan.confirmTitle')}
        text={deleting ? t('inspections.plan.confirmText', { content: shortText(deleting.content), year: deleting.year }) : ''}
        confirmLabel={t('inspections.plan.confirm')}
        cancelLabel={t('inspections.plan.keep')}
        busy={remove.isPending}
        onConfirm={() => {
          if (deleting) remove.mutate({ id: deleting.id }, { onSettled: () => setDeleting(null) });
        }}
        onCancel={() => setDeleting(null)}
      />
    </Stack>
  );
}
