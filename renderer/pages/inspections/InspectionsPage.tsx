import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatViDate } from '../../../shared/dates/calendar';
import type { InspectionSummary } from '../../../shared/inspections/views';
import { useInspectionList } from '../../api/inspectionQueries';
import { PageHeading } from '../../components/PageHeading';
import { useYearParam, YearSelect } from '../../components/YearSelect';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import classes from '../member/tables.module.css';
import { datesText, recommendationsText, shortText, subjectText } from './describeInspection';

/** Newest first: by start date, then as recorded. */
function newestFirst(inspections: readonly InspectionSummary[]): InspectionSummary[] {
  return [...inspections].sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : b.id - a.id));
}

function InspectionsTable({ inspections, captionId }: { inspections: readonly InspectionSummary[]; captionId: string }) {
  const { t } = useTranslation();
  return (
    <div className={classes.scroller}>
      <Table aria-labelledby={captionId} fz="md" verticalSpacing="sm" className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('inspections.list.columns.dates')}</Table.Th>
            <Table.Th scope="col">{t('inspections.list.columns.direction')}</Table.Th>
            <Table.Th scope="col">{t('inspections.list.columns.activity')}</Table.Th>
            <Table.Th scope="col">{t('inspections.list.columns.subject')}</Table.Th>
            <Table.Th scope="col">{t('inspections.list.columns.conclusion')}</Table.Th>
            <Table.Th scope="col">{t('inspections.list.columns.recommendations')}</Table.Th>
            <Table.Th scope="col">{t('inspections.list.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {inspections.map((inspection) => {
            const activity = t(`inspections.activity.${inspection.activity}`);
            const subject = subjectText(t, inspection.subject);
            return (
              <Table.Tr key={inspection.id}>
                <Table.Td className={classes.date}>{datesText(t, inspection.startDate, inspection.endDate)}</Table.Td>
                <Table.Td>{t(`inspections.directionShort.${inspection.direction}`)}</Table.Td>
                <Table.Td fw={500}>
                  {t('inspections.activityKind', { activity, kind: t(`inspections.kind.${inspection.kind}`) })}
                </Table.Td>
                <Table.Td>{subject}</Table.Td>
                <Table.Td>{inspection.conclusion === null ? t('inspections.list.noConclusion') : shortText(inspection.conclusion)}</Table.Td>
                <Table.Td fw={inspection.recommendationCounts.overdue > 0 ? 700 : undefined}>
                  {recommendationsText(t, inspection.recommendationCounts)}
                </Table.Td>
                <Table.Td>
                  <Button
                    component={Link}
                    to={`/inspections/${inspection.id}`}
                    variant="default"
                    aria-label={t('inspections.list.openLabel', {
                      activity: activity.toLowerCase(),
                      date: formatViDate(inspection.startDate),
                      subject,
                    })}
                  >
                    {t('inspections.list.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** The year's inspection and supervision rounds, both directions, newest first, with their open recommendations. */
export function InspectionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('inspections.list.title'));
  const countId = useId();
  const emptyId = useId();
  const { year, choices, setYear } = useYearParam(1);
  const list = useInspectionList(year);

  return (
    <Stack gap="lg" maw="80rem">
      <Group justify="space-between" align="center" gap="md">
        <PageHeading>{t('inspections.list.title')}</PageHeading>
        <Group gap="md">
          <Button component={Link} to={`/inspections/plan?year=${year}`} variant="default">
            {t('inspections.list.plan', { year })}
          </Button>
          <Button component={Link} to="/inspections/new">
            {t('inspections.list.add')}
          </Button>
        </Group>
      </Group>
      <YearSelect label={t('inspections.list.year')} year={year} choices={choices} onChange={setYear} />
      <QueryState query={list} failedTitle={t('inspections.list.loadFailed')}>
        {(data) =>
          data.inspections.length === 0 ? (
            <Card withBorder padding="xl" component="section" aria-labelledby={emptyId} maw="44rem">
              <Stack gap="md" align="flex-start">
                <Title order={2} size="h3" id={emptyId}>
                  {t('inspections.list.empty.title', { year })}
                </Title>
                <Text>{t('inspections.list.empty.intro')}</Text>
                <Button component={Link} to="/inspections/new">
                  {t('inspections.list.add')}
                </Button>
              </Stack>
            </Card>
          ) : (
            <>
              <Title order={2} size="h3" id={countId}>
                {t('inspections.list.count', { year, count: data.inspections.length })}
              </Title>
              <InspectionsTable inspections={newestFirst(data.inspections)} captionId={countId} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
