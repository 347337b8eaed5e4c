import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMeeting, useUpdateMeeting } from '../../api/meetingQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { MeetingForm } from './MeetingForm';
import { meetingToForm } from './meetingFormValues';

/** Corrects a meeting's minutes or attendance. */
export function EditMeetingPage({ id }: { id: number }) {
  const { t } = useTranslation();
  usePageTitle(t('meetings.form.editTitle'));
  const navigate = useNavigate();
  const meeting = useMeeting(id);
  const update = useUpdateMeeting();
  const page = `/meetings/${id}`;
  return (
    <Stack gap="xl" maw="60rem">
      <PageHeading>{t('meetings.form.editTitle')}</PageHeading>
      <QueryState query={meeting} failedTitle={t('meetings.detail.loadFailed')}>
        {(detail) => (
          <MeetingForm
            defaultValues={meetingToForm(detail)}
            submitLabel={t('meetings.form.saveChanges')}
            cancelTo={page}
            onSave={async (input) => {
              await update.mutateAsync({ id, meeting: input });
              await navigate(page);
            }}
          />
        )}
      </QueryState>
    </Stack>
  );
}
