import { Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatViDate } from '../../../../shared/dates/calendar';
import type { ExportRecord } from '../../../../shared/exchange/export-calls';
import { useExportList } from '../../../api/exchangeExportQueries';
import { QueryState } from '../../../components/QueryState';
import classes from '../Exchange.module.css';

/** The day a file was made, on this computer's calendar (createdAt is UTC). */
const localDay = (createdAt: string) => {
  const at = new Date(createdAt);
  const pad = (value: number) => String(value).padStart(2, '0');
  return formatViDate(`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`);
};

function HistoryTable({ rows }: { rows: ExportRecord[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t('exchange.export.history.empty')}</Text>;
  return (
    <div className={classes.tableScroller}>
      <Table striped>
        <Table.Caption>{t('exchange.export.history.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('exchange.export.history.period')}</Table.Th>
            <Table.Th scope="col">{t('exchange.export.history.revision')}</Table.Th>
            <Table.Th scope="col">{t('exchange.export.history.date')}</Table.Th>
            <Table.Th scope="col">{t('exchange.export.history.file')}</Table.Th>
            <Table.Th scope="col">{t('exchange.export.history.encrypted')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{row.period}</Table.Td>
              <Table.Td>{row.revision}</Table.Td>
              <Table.Td>{localDay(row.createdAt)}</Table.Td>
              <Table.Td>{row.fileName}</Table.Td>
              <Table.Td>
                {row.encryptedTo
                  ? t('exchange.export.history.encryptedYes', { fingerprint: row.encryptedTo })
                  : t('exchange.export.history.encryptedNo')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

export function ExportHistory() {
  const { t } = useTranslation();
  const titleId = useId();
  const list = useExportList();
  return (
    <section aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        {t('exchange.export.history.title')}
      </Title>
      <QueryState query={list}>{(rows) => <HistoryTable rows={rows} />}</QueryState>
    </section>
  );
}
