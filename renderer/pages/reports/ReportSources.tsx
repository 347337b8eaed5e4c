import { Anchor, List, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from '../exchange/completeness/Completeness.module.css';
import { localDateTime } from '../../../shared/dates/local-time';
import { ReportPiece } from './ReportPart';
import { useReport } from './useReport';

/** Under a unit's name in a table of the report: "Từ tệp CB01", the file its figures were read from (read-only). */
export function FromFile({ t, code }: { t: TFunction; code: string }) {
  return <small className={classes.nested}>{t('reports.ui.sources.fromFile', { code })}</small>;
}

const when = (iso: string | null) => (iso === null ? '—' : localDateTime(iso));

/**
 * Nguồn số liệu: a committee's report takes the figures of the units that report by file from their latest accepted
 * file, so the summary names each file used (revision, when made and received, the signing key's fingerprint) and
 * the units whose file has not come, whose figures are therefore not in it. A cell's report has none.
 */
export function ReportSources() {
  const { t } = useTranslation();
  const { report, address } = useReport();
  if (report.sources.length === 0) return null;
  const received = report.sources.filter((source) => source.status === 'received');
  const missing = report.sources.filter((source) => source.status === 'missing');
  return (
    <ReportPiece title={t('reports.ui.sources.title')}>
      <Text maw="52rem">{t('reports.ui.sources.intro')}</Text>
      {received.length > 0 && (
        <div className={classes.scroller}>
          <Table className={classes.table} striped fz="md" captionSide="top">
            <Table.Caption>{t('reports.ui.sources.caption', { count: received.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reports.ui.sources.columns.unit')}</Table.Th>
                <Table.Th scope="col">{t('reports.ui.sources.columns.revision')}</Table.Th>
                <Table.Th scope="col">{t('reports.ui.sources.columns.createdAt')}</Table.Th>
                <Table.Th scope="col">{t('reports.ui.sources.columns.receivedAt')}</Table.Th>
                <Table.Th scope="col">{t('reports.ui.sources.columns.fingerprint')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {received.map((source) => (
                <Table.Tr key={source.unitCode}>
                  <Table.Th scope="row" fw={400}>
                    {t('reports.ui.sources.unit', { name: source.unitName, code: source.unitCode })}
                  </Table.Th>
                  <Table.Td>{t('reports.ui.sources.revision', { revision: source.revision })}</Table.Td>
                  <Table.Td>{when(source.createdAt)}</Table.Td>
                  <Table.Td>{when(source.receivedAt)}</Table.Td>
                  <Table.Td className={classes.fingerprint}>{source.fingerprint ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {missing.length > 0 && (
        <Stack gap={4}>
          <Text fw={700}>{t('reports.ui.sources.missingTitle', { count: missing.length })}</Text>
          <List spacing={4}>
            {missing.map((source) => (
              <List.Item key={source.unitCode}>{t('reports.ui.sources.missing', { name: source.unitName, code: source.unitCode })}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Anchor component={Link} to={`/exchange/completeness?period=${address.period.code}`}>
        {t('reports.ui.sources.board')}
      </Anchor>
    </ReportPiece>
  );
}
