import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatViDate } from '../../../shared/dates/calendar';
import { useMeeting } from '../../api/meetingQueries';
import { useHomeOrganisation } from '../../api/organisationQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import classes from './Minutes.module.css';
import { MinutesDocument } from './MinutesDocument';

/**
 * A meeting's minutes, ready to print: the document as it will come out of the printer, and a button that opens the
 * print dialog (which also saves a PDF). The app's frame is left out of the printout by the print stylesheets.
 */
export function MinutesPage({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const meeting = useMeeting(id);
  const home = useHomeOrganisation();
  const date = meeting.data ? formatViDate(meeting.data.date) : '';
  usePageTitle(meeting.data ? t('minutes.pageTitle', { date }) : undefined);
  return (
    <QueryState query={meeting} failedTitle={t('meetings.detail.loadFailed')}>
      {(detail) => (
        <Stack gap="lg">
          <Stack gap="sm" className={classes.toolbar}>
            <PageHeading>{t('minutes.pageTitle', { date })}</PageHeading>
            <Group gap="md">
              <Button onClick={() => window.print()}>{t('minutes.print')}</Button>
              <Anchor component={Link} to={`/meetings/${id}`}>
                {t('minutes.back')}
              </Anchor>
            </Group>
            <Text c="dimmed">{t('minutes.printHelp')}</Text>
          </Stack>
          {home.data && <MinutesDocument t={i18n.getFixedT('vi')} home={home.data} meeting={detail} />}
        </Stack>
      )}
    </QueryState>
  );
}
