import { Anchor, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatViMonth, isDuesMonth, shiftMonth, type DuesMonth } from '../../../shared/dues/months';
import { useDuesMonth } from '../../api/duesQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { DuesTotals } from './DuesTotals';
import { MonthSheetForm } from './MonthSheetForm';

/** Months offered: next month (to record advance payments) and the three years before this one. */
const MONTHS_BACK = 36;

function currentMonth(): DuesMonth {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** The month sheet: choose a month, record who paid what, how and when, and read the month's totals. */
export function MonthSheetPage() {
  const { t } = useTranslation();
  usePageTitle(t('dues.sheet.title'));
  const captionId = useId();
  const totalsId = useId();
  const [params, setParams] = useSearchParams();
  const current = currentMonth();
  const asked = params.get('month') ?? '';
  const month = isDuesMonth(asked) ? asked : current;
  const sheet = useDuesMonth(month);
  const months = Array.from({ length: MONTHS_BACK + 2 }, (_, index) => shiftMonth(current, 1 - index));
  if (!months.includes(month)) months.push(month);

  return (
    <Stack gap="lg" maw="80rem">
      <Group justify="space-between" align="center" gap="md">
        <PageHeading>{t('dues.sheet.title')}</PageHeading>
        <Anchor component={Link} to={`/dues/year?year=${month.slice(0, 4)}`}>
          {t('dues.sheet.yearLink')}
        </Anchor>
      </Group>
      <NativeSelect
        label={t('dues.sheet.month')}
        size="md"
        maw="14rem"
        data={months.map((value) => ({ value, label: t('dues.sheet.monthOption', { month: formatViMonth(value) }) }))}
        value={month}
        onChange={(event) => setParams({ month: event.currentTarget.value }, { replace: true })}
      />
      <Text>{t('dues.sheet.intro')}</Text>
      <QueryState query={sheet} failedTitle={t('dues.sheet.loadFailed')}>
        {(data) => (
          <>
            <Title order={2} size="h3" id={captionId}>
              {t('dues.sheet.caption', { month: formatViMonth(data.month) })}
            </Title>
            {data.rows.length === 0 ? (
              <Text>{t('dues.sheet.empty', { month: formatViMonth(data.month) })}</Text>
            ) : (
              <MonthSheetForm key={`${data.month}:${data.rows.map((row) => row.memberId).join(',')}`} sheet={data} captionId={captionId} />
            )}
            <Card withBorder padding="lg" component="section" aria-labelledby={totalsId}>
              <Title order={2} size="h3" id={totalsId} mb="sm">
                {t('dues.sheet.totals', { month: formatViMonth(data.month) })}
              </Title>
              <DuesTotals totals={data.totals} />
            </Card>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
