import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemberHistory } from '../../api/memberQueries';
import { QueryState } from '../../components/QueryState';
import { describeAction, describeChanges } from './describeChange';
import classes from './tables.module.css';

const pad = (value: number) => String(value).padStart(2, '0');

/** A moment on this computer's clock, as dd/mm/yyyy hh:mm. */
function formatMoment(iso: string): string {
  const at = new Date(iso);
  return `${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Every change made to the member and their events, newest first: the register's own audit log, never edited. */
export function MemberHistory({ memberId }: { memberId: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const history = useMemberHistory(memberId);
  return (
    <Stack gap="md" component="section" aria-labelledby={titleId}>
      <Title order={2} id={titleId}>
        {t('members.history.title')}
      </Title>
      <QueryState query={history} failedTitle={t('members.history.loadFailed')}>
        {(entries) =>
          entries.length === 0 ? (
            <Text>{t('members.history.empty')}</Text>
          ) : (
            <div className={classes.scroller}>
              <Table aria-labelledby={titleId} fz="md" verticalSpacing="sm" className={classes.table}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('members.history.columns.at')}</Table.Th>
                    <Table.Th scope="col">{t('members.history.columns.action')}</Table.Th>
                    <Table.Th scope="col">{t('members.history.columns.changes')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((entry) => {
                    const changes = describeChanges(t, entry);
                    return (
                      <Table.Tr key={entry.id}>
                        <Table.Td className={classes.date}>{formatMoment(entry.at)}</Table.Td>
                        <Table.Td fw={500}>{describeAction(t, entry)}</Table.Td>
                        <Table.Td>
                          {changes.length > 0 && (
                            <List spacing={2} size="md">
                              {changes.map((change) => (
                                <List.Item key={change}>{change}</List.Item>
                              ))}
                            </List>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
    </Stack>
  );
}
