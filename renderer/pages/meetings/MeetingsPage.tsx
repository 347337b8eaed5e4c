import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatViDate } from '../../../shared/dates/calendar';
import type { MeetingSummary } from '../../../shared/meetings/views';
import { useMeetingList } from '../../api/meetingQueries';
import { PageHeading } from '../../components/PageHeading';
import { useYearParam, YearSelect } from '../../components/YearSelect';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import classes from '../member/tables.module.css';
import { attendanceText, qualityText } from './describeMeeting';

/** Newest first: by date, then start time. */
function newestFirst(meetings: readonly MeetingSummary[]): MeetingSummary[] {
  const key = (meeting: MeetingSummary) => `${meeting.date} ${meeting.startTime}`;
  return [...meetings].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
}

function MeetingsTable({ meetings, captionId }: { meetings: readonly MeetingSummary[]; captionId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className={classes.scroller}>
      <Table aria-labelledby={captionId} fz="md" verticalSpacing="sm" className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('meetings.list.columns.date')}</Table.Th>
            <Table.Th scope="col">{t('meetings.list.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('meetings.list.columns.attendance')}</Table.Th>
            <Table.Th scope="col">{t('meetings.list.columns.quality')}</Table.Th>
            <Table.Th scope="col">{t('meetings.list.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((meeting) => {
            const date = formatViDate(meeting.date);
            return (
              <Table.Tr key={meeting.id}>
                <Table.Td className={classes.date}>{date}</Table.Td>
                <Table.Td fw={500}>{t(`meetings.kind.${meeting.kind}.label`)}</Table.Td>
                <Table.Td>{attendanceText(t, meeting.figures, i18n.language)}</Table.Td>
                <Table.Td>{qualityText(t, meeting.figures)}</Table.Td>
                <Table.Td>
                  <Button
                    component={Link}
                    to={`/meetings/${meeting.id}`}
                    variant="default"
                    aria-label={t('meetings.list.openLabel', { date })}
                  >
                    {t('meetings.list.open')}
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

/** The cell's meetings of one year, newest first, each with its attendance and quality verdict. */
export function MeetingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('meetings.list.title'));
  const countId = useId();
  const emptyId = useId();
  const { year, choices, setYear } = useYearParam();
  const list = useMeetingList(year);

  return (
    <Stack gap="lg" maw="72rem">
      <Group justify="space-between" align="center" gap="md">
        <PageHeading>{t('meetings.list.title')}</PageHeading>
        <Button component={Link} to="/meetings/new">
          {t('meetings.list.add')}
        </Button>
      </Group>
      <YearSelect label={t('meetings.list.year')} year={year} choices={choices} onChange={setYear} />
      <QueryState query={list} failedTitle={t('meetings.list.loadFailed')}>
        {(data) =>
          data.meetings.length === 0 ? (
            <Card withBorder padding="xl" component="section" aria-labelledby={emptyId} maw="44rem">
              <Stack gap="md" align="flex-start">
                <Title order={2} size="h3" id={emptyId}>
                  {t('meetings.list.empty.title', { year })}
                </Title>
                <Text>{t('meetings.list.empty.intro')}</Text>
                <Button component={Link} to="/meetings/new">
                  {t('meetings.list.add')}
                </Button>
              </Stack>
            </Card>
          ) : (
            <>
              <Title order={2} size="h3" id={countId}>
                {t('meetings.list.count', { year, count: data.meetings.length })}
              </Title>
              <MeetingsTable meetings={newestFirst(data.meetings)} captionId={countId} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
