import { Alert, Anchor, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatViDate } from '../../../shared/dates/calendar';
import type { MeetingDetail } from '../../../shared/meetings/views';
import { toErrorData } from '../../api/ApiCallError';
import { useDeleteMeeting, useMeeting } from '../../api/meetingQueries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailList } from '../../components/DetailList';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { translateError } from '../../i18n/translateError';
import { usePageTitle } from '../../layout/usePageTitle';
import classes from '../member/tables.module.css';
import pageClasses from './MeetingPage.module.css';
import { percentText, qualityText } from './describeMeeting';
import { SectionCard } from '../../components/SectionCard';

/** The verdict, each criterion missed as a plain sentence citing its rule, and a short meeting beside it. */
function QualitySection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { figures } = meeting;
  const { quality, durationShort } = figures;
  return (
    <SectionCard title={t('meetings.detail.quality')}>
      <Stack gap="sm">
        <DetailList details={[{ term: t('meetings.detail.qualityVerdict'), value: qualityText(t, figures) }]} />
        {quality.failures.length > 0 && (
          <List spacing="xs">
            {quality.failures.map((failure) => (
              <List.Item key={failure.key + JSON.stringify(failure.params)}>{t(failure.key, failure.params)}</List.Item>
            ))}
          </List>
        )}
        <Text c="dimmed">
          {quality.rule === null ? t('meetings.detail.qualityNoRule') : t('meetings.detail.qualityRule', { rule: quality.rule })}
        </Text>
        {durationShort && (
          <Alert title={t('meetings.detail.durationShortTitle')} variant="light">
            {t('rules.meeting.duration_short', {
              minutes: figures.durationMinutes,
              minimum: durationShort.minimum,
              rule: durationShort.rule,
            })}
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}

function FiguresSection({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation();
  const { figures } = meeting;
  const details = [
    { term: t('meetings.detail.expected'), value: figures.expected },
    { term: t('meetings.detail.present'), value: figures.present },
    { term: t('meetings.detail.excused'), value: figures.excused },
    { term: t('meetings.detail.absent'), value: figures.absent },
    {
      term: t('meetings.detail.rate'),
      value:
        figures.rate === null
          ? t('meetings.detail.rateNone')
          : t('meetings.detail.rateValue', { rate: percentText(figures.rate, i18n.language) }),
    },
  ];
  if (figures.unrecorded > 0) details.splice(4, 0, { term: t('meetings.detail.unrecorded'), value: figures.unrecorded });
  if (figures.exemptPresent > 0) details.push({ term: t('meetings.detail.exemptPresent'), value: figures.exemptPresent });
  return (
    <SectionCard title={t('meetings.detail.figures')}>
      <DetailList details={details} />
    </SectionCard>
  );
}

function AttendanceSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        {t('meetings.detail.attendance')}
      </Title>
      {meeting.attendance.length === 0 ? (
        <Text>{t('meetings.detail.attendanceEmpty')}</Text>
      ) : (
        <div className={classes.scroller}>
          <Table aria-labelledby={titleId} fz="md" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('meetings.detail.member')}</Table.Th>
                <Table.Th scope="col">{t('meetings.detail.presence')}</Table.Th>
                <Table.Th scope="col">{t('meetings.detail.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.attendance.map((row) => (
                <Table.Tr key={row.memberId}>
                  <Table.Td fw={500}>{row.fullName}</Table.Td>
                  <Table.Td>{t(`meetings.presence.${row.presence}`)}</Table.Td>
                  <Table.Td>{row.reason ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Card>
  );
}

function MeetingDetails({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteMeeting();
  const [confirming, setConfirming] = useState(false);
  const date = formatViDate(meeting.date);
  const kind = t(`meetings.kind.${meeting.kind}.label`);
  const given = (value: string | null) => value ?? t('meetings.detail.notGiven');
  const text = (value: string | null) => <Text className={pageClasses.text}>{given(value)}</Text>;

  return (
    <>
      <Group justify="space-between" align="flex-end" gap="md">
        <PageHeading>{t('meetings.detail.title', { date })}</PageHeading>
        <Group gap="md">
          <Button component={Link} to={`/meetings/${meeting.id}/minutes`} variant="default">
            {t('meetings.detail.minutes')}
          </Button>
          <Button component={Link} to={`/meetings/${meeting.id}/edit`} variant="default">
            {t('meetings.detail.edit')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              remove.reset();
              setConfirming(true);
            }}
          >
            {t('meetings.detail.delete')}
          </Button>
        </Group>
      </Group>
      {remove.isError && (
        <Alert title={t('meetings.detail.deleteFailed')} variant="light" role="alert">
          {translateError(t, toErrorData(remove.error))}
        </Alert>
      )}
      <SectionCard title={t('meetings.detail.general')}>
        <DetailList
          details={[
            { term: t('meetings.detail.kind'), value: kind },
            { term: t('meetings.detail.date'), value: date },
            {
              term: t('meetings.detail.time'),
              value: t('meetings.detail.timeValue', {
                start: meeting.startTime,
                end: meeting.endTime,
                minutes: meeting.figures.durationMinutes,
              }),
            },
            { term: t('meetings.detail.place'), value: given(meeting.place) },
            { term: t('meetings.detail.chair'), value: given(meeting.chair) },
            { term: t('meetings.detail.secretary'), value: given(meeting.secretary) },
          ]}
        />
      </SectionCard>
      <QualitySection meeting={meeting} />
      <FiguresSection meeting={meeting} />
      <AttendanceSection meeting={meeting} />
      <SectionCard title={t('meetings.detail.guests')}>
        {meeting.guests.length === 0 ? (
          <Text>{t('meetings.detail.guestsEmpty')}</Text>
        ) : (
          <List spacing="xs">
            {meeting.guests.map((guest, index) => (
              <List.Item key={index}>
                {[guest.name, guest.position, guest.body, guest.upperLevel ? t('meetings.detail.upperLevel') : null]
                  .filter((part) => part)
                  .join(', ')}
              </List.Item>
            ))}
          </List>
        )}
      </SectionCard>
      <SectionCard title={t('meetings.detail.content')}>
        <DetailList
          details={[
            { term: t('meetings.detail.agenda'), value: text(meeting.agenda) },
            { term: t('meetings.detail.conclusions'), value: text(meeting.conclusions) },
            { term: t('meetings.detail.resolution'), value: text(meeting.resolution) },
          ]}
        />
      </SectionCard>
      <ConfirmDialog
        open={confirming}
        title={t('meetings.detail.confirmTitle')}
        text={t('meetings.detail.confirmText', { date, kind })}
        confirmLabel={t('meetings.detail.confirm')}
        cancelLabel={t('meetings.detail.keep')}
        busy={remove.isPending}
        onConfirm={() =>
          remove.mutate(
            { id: meeting.id },
            {
              onSuccess: () => void navigate(`/meetings?year=${meeting.date.slice(0, 4)}`),
              onSettled: () => setConfirming(false),
            },
          )
        }
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

/** One meeting: its minutes, the attendance figures and the quality verdict, with correction and removal. */
export function MeetingPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  usePageTitle(meeting.data ? t('meetings.detail.title', { date: formatViDate(meeting.data.date) }) : t('meetings.list.title'));
  return (
    <Stack gap="xl" maw="72rem">
      <Anchor component={Link} to="/meetings" size="md">
        <span aria-hidden="true">← </span>
        {t('meetings.detail.back')}
      </Anchor>
      <QueryState query={meeting} failedTitle={t('meetings.detail.loadFailed')}>
        {(detail) => <MeetingDetails meeting={detail} />}
      </QueryState>
    </Stack>
  );
}
