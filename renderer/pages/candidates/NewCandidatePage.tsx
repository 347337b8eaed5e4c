import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateCandidate } from '../../api/candidateQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { choosableUnits, useMemberUnits } from '../memberForm/useMemberUnits';
import { CandidateForm } from './CandidateForm';
import { EMPTY_CANDIDATE_FORM } from './candidateFormValues';

/** A new outstanding candidate; once saved, the candidate's page opens. */
export function NewCandidatePage() {
  const { t } = useTranslation();
  usePageTitle(t('candidates.form.newTitle'));
  const navigate = useNavigate();
  const create = useCreateCandidate();
  const units = useMemberUnits();
  return (
    <Stack gap="xl" maw="60rem">
      <PageHeading>{t('candidates.form.newTitle')}</PageHeading>
      <QueryState query={units}>
        {(loaded) => (
          <CandidateForm
            defaultValues={{ ...EMPTY_CANDIDATE_FORM, unitCode: loaded.homeCode }}
            units={choosableUnits(loaded)}
            submitLabel={t('candidates.form.save')}
            cancelTo="/candidates"
            onSave={async (input) => {
              const candidate = await create.mutateAsync(input);
              await navigate(`/candidates/${candidate.id}`);
            }}
          />
        )}
      </QueryState>
    </Stack>
  );
}
