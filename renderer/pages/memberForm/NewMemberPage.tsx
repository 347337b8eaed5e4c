import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateMember } from '../../api/memberQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { MemberForm } from './MemberForm';
import { EMPTY_MEMBER_FORM, newMemberSchema } from './memberFormValues';
import { choosableUnits, useMemberUnits } from './useMemberUnits';

/** A new member, entered by hand; once saved, the member's own page opens. */
export function NewMemberPage() {
  const { t } = useTranslation();
  usePageTitle(t('members.form.newTitle'));
  const navigate = useNavigate();
  const create = useCreateMember();
  const units = useMemberUnits();
  return (
    <Stack gap="xl" maw="60rem">
      <PageHeading>{t('members.form.newTitle')}</PageHeading>
      <QueryState query={units}>
        {(loaded) => (
          <MemberForm
            schema={newMemberSchema}
            defaultValues={{ ...EMPTY_MEMBER_FORM, unitCode: loaded.homeCode }}
            units={choosableUnits(loaded)}
            withAdmission
            submitLabel={t('members.form.save')}
            cancelTo="/members"
            onSave={async (input) => {
              const member = await create.mutateAsync(input);
              await navigate(`/members/${member.id}`);
            }}
          />
        )}
      </QueryState>
    </Stack>
  );
}
