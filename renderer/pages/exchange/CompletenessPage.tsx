import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCompletenessBoard } from '../../api/exchangeCompletenessQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { periodInSentence } from '../reports/describeReport';
import { ReportChooser } from '../reports/ReportChooser';
import { useReportAddress } from '../reports/useReportAddress';
import { CheckList } from './completeness/CheckList';
import { DeadlineSection } from './completeness/DeadlineSection';
import { LevelSummary } from './completeness/LevelSummary';
import { UnitTable } from './completeness/UnitTable';
import { UnreadableFiles } from './completeness/UnreadableFiles';

/**
 * Which units have sent the period's file (the last ended quarter by default, kept in the address as the reports keep
 * theirs), against the period's deadline, level by level down every file; then the cross-unit checks.
 */
export function CompletenessPage() {
  const { t } = useTranslation();
  usePageTitle(t('exchange.completeness.title'));
  const address = useReportAddress();
  const board = useCompletenessBoard(address.period.code);
  return (
    <Stack gap="xl" maw="72rem">
      <PageHeading>{t('exchange.completeness.title')}</PageHeading>
      <Text maw="52rem">{t('exchange.completeness.intro')}</Text>
      <Group>
        <Button component={Link} to="/exchange/import" variant="default">
          {t('exchange.completeness.links.import')}
        </Button>
        <Button component={Link} to="/exchange/history" variant="default">
          {t('exchange.completeness.links.history')}
        </Button>
      </Group>
      {/* No unit to choose: the board is always the home unit's. */}
      <ReportChooser address={address} units={[]} />
      <QueryState query={board} failedTitle={t('exchange.completeness.loadFailed')}>
        {(data) => (
          <>
            <DeadlineSection key={data.period} board={data} />
            <LevelSummary board={data} />
            {data.units.length > 0 && (
              <UnitTable
                units={data.units}
                caption={t('exchange.completeness.table.caption', { period: periodInSentence(t, address.period), name: data.home.name })}
              />
            )}
            <UnreadableFiles files={data.unreadable} />
            <CheckList findings={data.checks} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
