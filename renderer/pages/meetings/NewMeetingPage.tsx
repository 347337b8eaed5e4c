import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateMeeting } from '../../api/meetingQueries';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../layout/usePageTitle';
import { MeetingForm } from './MeetingForm';
import { EMPTY_MEETING_FORM } from './meetingFormValues';

/** A meeting just held; once saved, its page opens with the figures and the quality verdict. */
export function NewMeetingPage() {
  const { t } = useTranslation();
  usePageTitle(t('meetings.form.newTitle'));
  const navigate = useNavigate();
  const create = useCreateMeeting();
  return (
    <Stack gap="xl" maw="60rem">
      <PageHeading>{t('meetings.form.newTitle')}</PageHeading>
      <MeetingForm
        defaultValues={EMPTY_MEETING_FORM}
        submitLabel={t('meetings.form.save')}
        cancelTo="/meetings"
        onSave={async (meeting) => {
          const saved = await create.mutateAsync(meeting);
          await navigate(`/meetings/${saved.id}`);
        }}
      />
    </Stack>
  );
}
