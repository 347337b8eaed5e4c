import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMember } from '../../api/memberQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { MemberEvents } from './MemberEvents';
import { MemberHistory } from './MemberHistory';
import { MemberRecordDetails } from './MemberRecordDetails';
import { MemberStateSummary } from './MemberStateSummary';
import { MemberTransferExport } from './MemberTransferExport';

/** One member: who they are, where they stand today, the events that say so, and every change made to the record. */
export function MemberPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const member = useMember(id);
  usePageTitle(member.data?.record.fullName ?? t('members.list.title'));
  return (
    <Stack gap="xl" maw="72rem">
      <Anchor component={Link} to="/members" size="md">
        <span aria-hidden="true">← </span>
        {t('members.detail.back')}
      </Anchor>
      <QueryState query={member} failedTitle={t('members.detail.loadFailed')}>
        {(detail) => (
          <>
            <Group justify="space-between" align="flex-end" gap="md">
              <PageHeading>{detail.record.fullName}</PageHeading>
              <Button component={Link} to={`/members/${detail.id}/edit`} variant="default">
                {t('members.detail.edit')}
              </Button>
            </Group>
            <MemberStateSummary member={detail} />
            <MemberEvents member={detail} />
            <MemberTransferExport member={detail} />
            <MemberRecordDetails record={detail.record} />
            <MemberHistory memberId={detail.id} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
