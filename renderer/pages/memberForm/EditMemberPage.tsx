import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MemberDetail } from '../../../shared/members/views';
import { useMember, useUpdateMember } from '../../api/memberQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { MemberForm } from './MemberForm';
import { editMemberSchema, memberToForm } from './memberFormValues';
import { choosableUnits, useMemberUnits, type MemberUnits } from './useMemberUnits';

function EditMemberForm({ member, units }: { member: MemberDetail; units: MemberUnits }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateMember();
  const page = `/members/${member.id}`;
  return (
    <MemberForm
      schema={editMemberSchema}
      defaultValues={memberToForm(member.record, member.unitCode)}
      units={choosableUnits(units, member.unitCode)}
      withAdmission={false}
      submitLabel={t('members.form.saveChanges')}
      cancelTo={page}
      onSave={async ({ record, unitCode }) => {
        await update.mutateAsync({ id: member.id, record, unitCode });
        await navigate(page);
      }}
    />
  );
}

/** Corrects a member's record; the member's events are changed one by one on the member's page. */
export function EditMemberPage({ id }: { id: number }) {
  const { t } = useTranslation();
  usePageTitle(t('members.form.editTitle'));
  const member = useMember(id);
  const units = useMemberUnits();
  return (
    <Stack gap="xl" maw="60rem">
      <PageHeading>{t('members.form.editTitle')}</PageHeading>
      <QueryState query={member} failedTitle={t('members.detail.loadFailed')}>
        {(detail) => (
          <>
            <Text size="lg" fw={700}>
              {detail.record.fullName}
            </Text>
            <QueryState query={units}>{(loaded) => <EditMemberForm member={detail} units={loaded} />}</QueryState>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
