import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localDateTime } from '../../../shared/dates/local-time';
import { isImportSuccess } from '../../../shared/exchange/import-outcome';
import { useImportLog } from '../../api/exchangeImportQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import classes from './import/VerdictTable.module.css';

/** Every file the committee tried to import, refused ones too, newest first, with the outcome and reason in words. */
export function ImportHistoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('exchange.import.history.title'));
  const log = useImportLog();
  return (
    <Stack gap="xl" maw="72rem">
      <PageHeading>{t('exchange.import.history.title')}</PageHeading>
      <Text>{t('exchange.import.history.intro')}</Text>
      <Group>
        <Button component={Link} to="/exchange/import" variant="default">
          {t('exchange.import.history.importFiles')}
        </Button>
        <Button component={Link} to="/exchange/completeness" variant="default">
          {t('exchange.completeness.open')}
        </Button>
      </Group>
      <QueryState query={log}>
        {(entries) =>
          entries.length === 0 ? (
            <Text>{t('exchange.import.history.empty')}</Text>
          ) : (
            <div className={classes.scroller}>
              <Table className={classes.table} striped>
                <Table.Caption>{t('exchange.import.history.caption', { count: entries.length })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('exchange.import.history.columns.at')}</Table.Th>
                    <Table.Th scope="col">{t('exchange.import.history.columns.file')}</Table.Th>
                    <Table.Th scope="col">{t('exchange.import.history.columns.unit')}</Table.Th>
                    <Table.Th scope="col">{t('exchange.import.history.columns.outcome')}</Table.Th>
                    <Table.Th scope="col">{t('exchange.import.history.columns.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((entry) => (
                    <Table.Tr key={entry.id}>
                      <Table.Td>{localDateTime(entry.at)}</Table.Td>
                      <Table.Th scope="row" className={classes.file}>
                        {entry.fileName}
                      </Table.Th>
                      <Table.Td>{entry.unitCode ?? '—'}</Table.Td>
                      <Table.Td className={isImportSuccess(entry.outcome) ? classes.success : classes.refused}>
                        {t(`exchange.import.outcome.${entry.outcome}`)}
                      </Table.Td>
                      <Table.Td>
                        {t(entry.reason, entry.params)}
                        {typeof entry.params.keyAction === 'string' && ` ${t(`exchange.import.keyAction.${entry.params.keyAction}`)}`}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
    </Stack>
  );
}
