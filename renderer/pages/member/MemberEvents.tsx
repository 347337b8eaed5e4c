import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatViDate } from '../../../shared/dates/calendar';
import type { MemberEvent } from '../../../shared/members/events';
import type { MemberDetail } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { useDeleteEvent } from '../../api/memberQueries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { translateError } from '../../i18n/translateError';
import { decisionText, eventDetails, eventLabel } from './describeEvent';
import { EventForm } from './EventForm';
import classes from './tables.module.css';

type Panel = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; event: MemberEvent };

/** The member's history, oldest first, with each event's correction and removal, and the form to add one. */
export function MemberEvents({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [panel, setPanel] = useState<Panel>({ kind: 'closed' });
  const [toDelete, setToDelete] = useState<MemberEvent | null>(null);
  const [done, setDone] = useState('');
  const deleteEvent = useDeleteEvent();
  const addButton = useRef<HTMLButtonElement>(null);
  // Bumped when the form or the dialog closes: the focus goes back to "Thêm sự kiện" rather than to nowhere (the
  // form, or the row deleted, is gone). In an effect, so that it runs once the dialog has closed.
  const [closedCount, setClosedCount] = useState(0);
  useEffect(() => {
    if (closedCount > 0) addButton.current?.focus();
  }, [closedCount]);
  const closePanel = (message: string) => {
    setPanel({ kind: 'closed' });
    setDone(message);
    setClosedCount((count) => count + 1);
  };

  const named = (event: MemberEvent) => ({ event: eventLabel(t, event), date: formatViDate(event.date) });

  const confirmDelete = () => {
    if (!toDelete) return;
    deleteEvent.mutate(
      { id: toDelete.id },
      {
        onSuccess: () => {
          setDone(t('members.events.deleted'));
          setClosedCount((count) => count + 1);
        },
        onSettled: () => setToDelete(null),
      },
    );
  };

  return (
    <Stack gap="md" component="section" aria-labelledby={titleId}>
      <Title order={2} id={titleId}>
        {t('members.events.title')}
      </Title>
      {member.events.length === 0 ? (
        <Text>{t('members.events.empty')}</Text>
      ) : (
        <div className={classes.scroller}>
          <Table aria-labelledby={titleId} fz="md" verticalSpacing="sm" className={classes.table}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('members.events.columns.date')}</Table.Th>
                <Table.Th scope="col">{t('members.events.columns.event')}</Table.Th>
                <Table.Th scope="col">{t('members.events.columns.decision')}</Table.Th>
                <Table.Th scope="col">{t('members.events.columns.details')}</Table.Th>
                <Table.Th scope="col">{t('members.events.columns.note')}</Table.Th>
                <Table.Th scope="col">{t('members.events.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {member.events.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td className={classes.date}>{formatViDate(event.date)}</Table.Td>
                  <Table.Td fw={500}>{eventLabel(t, event)}</Table.Td>
                  <Table.Td>{decisionText(t, event)}</Table.Td>
                  <Table.Td>{eventDetails(t, event)}</Table.Td>
                  <Table.Td>{event.note ?? ''}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        variant="default"
                        aria-label={t('members.events.editLabel', named(event))}
                        onClick={() => {
                          setDone('');
                          setPanel({ kind: 'edit', event });
                        }}
                      >
                        {t('members.events.edit')}
                      </Button>
                      <Button
                        variant="default"
                        aria-label={t('members.events.deleteLabel', named(event))}
                        onClick={() => {
                          setDone('');
                          deleteEvent.reset();
                          setToDelete(event);
                        }}
                      >
                        {t('members.events.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}

      {deleteEvent.isError && (
        <Alert title={t('members.events.deleteFailed')} variant="light">
          {translateError(t, toErrorData(deleteEvent.error))}
        </Alert>
      )}
      <Text role="status" c="dimmed">
        {done}
      </Text>

      {panel.kind === 'closed' ? (
        <div>
          <Button
            ref={addButton}
            onClick={() => {
              setDone('');
              setPanel({ kind: 'add' });
            }}
          >
            {t('members.events.add')}
          </Button>
        </div>
      ) : (
        <EventForm
          key={panel.kind === 'edit' ? panel.event.id : 'new'}
          memberId={member.id}
          editing={panel.kind === 'edit' ? panel.event : undefined}
          onSaved={() => closePanel(t('members.events.saved'))}
          onCancel={() => closePanel('')}
        />
      )}

      <ConfirmDialog
        open={toDelete !== null}
        title={t('members.events.confirmTitle')}
        text={toDelete ? t('members.events.confirmText', named(toDelete)) : ''}
        confirmLabel={t('members.events.confirm')}
        cancelLabel={t('members.events.keep')}
        busy={deleteEvent.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      />
    </Stack>
  );
}
