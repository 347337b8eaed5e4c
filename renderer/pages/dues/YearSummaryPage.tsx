import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuesTotals } from '../../../shared/dues/ledger';
import { formatViMonth } from '../../../shared/dues/months';
import { useDuesYear } from '../../api/duesQueries';
import { PageHeading } from '../../components/PageHeading';
import { useYearParam, YearSelect } from '../../components/YearSelect';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import classes from './Dues.module.css';
import { formatVnd } from '../../format/money';

function MoneyCells({ totals }: { totals: DuesTotals }) {
  const { t } = useTranslation();
  const money = (amount: number | null) => (amount === null ? t('dues.year.notApplicable') : formatVnd(amount));
  return (
    <>
      <Table.Td className={classes.money}>{formatVnd(totals.expectedVnd)}</Table.Td>
      <Table.Td className={classes.money}>{formatVnd(totals.collectedVnd)}</Table.Td>
      <Table.Td className={classes.money}>{money(totals.keptVnd)}</Table.Td>
      <Table.Td className={classes.money}>{money(totals.remittedVnd)}</Table.Td>
      <Table.Td className={classes.money}>{formatVnd(totals.arrearsVnd)}</Table.Td>
    </>
  );
}

/** The year month by month: who owed and paid, owed, collected, kept, remitted and outstanding, with the year's sums. */
export function YearSummaryPage() {
  const { t } = useTranslation();
  usePageTitle(t('dues.year.title'));
  const captionId = useId();
  const { year, choices, setYear } = useYearParam(1);
  const summary = useDuesYear(year);
  const rules = summary.data ? [...new Set(summary.data.months.map((month) => month.totals.retentionRule).filter((rule) => rule !== null))] : [];

  return (
    <Stack gap="lg" maw="80rem">
      <Group justify="space-between" align="center" gap="md">
        <PageHeading>{t('dues.year.title')}</PageHeading>
        <Anchor component={Link} to="/dues">
          {t('dues.year.sheetLink')}
        </Anchor>
      </Group>
      <YearSelect label={t('dues.year.year')} year={year} choices={choices} onChange={setYear} />
      <QueryState query={summary} failedTitle={t('dues.year.loadFailed')}>
        {(data) => (
          <>
            <Title order={2} size="h3" id={captionId}>
              {t('dues.year.caption', { year: data.year })}
            </Title>
            <div className={classes.scroller}>
              <Table aria-labelledby={captionId} fz="md" verticalSpacing="sm" className={classes.sheet}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dues.year.columns.month')}</Table.Th>
                    <Table.Th scope="col">{t('dues.year.columns.due')}</Table.Th>
                    <Table.Th scope="col">{t('dues.year.columns.paid')}</Table.Th>
                    <Table.Th scope="col">{t('dues.year.columns.expected')}</Table.Th>
                    <Table.Th scope="col">{t('dues.year.columns.collected')}</Table.Th>
                    <Table.Th scope="col">{t('dues.year.columns.kept')}</Table.Th>
                    <Table.Th scope="col">{t('dues.year.columns.remitted')}</Table.Th>
                    <Table.Th scope="col">{t('dues.year.columns.arrears')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.months.map((month) => (
                    <Table.Tr key={month.month}>
                      <Table.Th scope="row" fw={500}>
                        <Anchor component={Link} to={`/dues?month=${month.month}`}>
                          {t('dues.year.openMonth', { month: formatViMonth(month.month) })}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{month.dueCount}</Table.Td>
                      <Table.Td>{month.paidCount}</Table.Td>
                      <MoneyCells totals={month.totals} />
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th scope="row">{t('dues.year.total')}</Table.Th>
                    <Table.Td />
                    <Table.Td />
                    <MoneyCells totals={data.totals} />
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </div>
            {rules.map((rule) => (
              <Text key={rule} c="dimmed">
                {t('dues.totals.retentionRule', { rule })}
              </Text>
            ))}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
