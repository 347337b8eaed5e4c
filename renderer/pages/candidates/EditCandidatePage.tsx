import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useCandidate, useUpdateCandidate } from '../../api/candidateQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { choosableUnits, useMemberUnits } from '../memberForm/useMemberUnits';
import { CandidateForm } from './CandidateForm';
import { candidateToForm } from './candidateFormValues';

/** Corrects a candidate's file or records the stages reached since; an admitted candidate's file is read-only. */
export function EditCandidatePage({ id }: { id: number }) {
  const { t } = useTranslation();
  usePageTitle(t('candidates.form.editTitle'));
  const navigate = useNavigate();
  const candidate = useCandidate(id);
  const units = useMemberUnits();
  const update = useUpdateCandidate();
  const page = `/candidates/${id}`;
  return (
    <Stack gap="xl" maw="60rem">
      <PageHeading>{t('candidates.form.editTitle')}</PageHeading>
      <QueryState query={candidate} failedTitle={t('candidates.detail.loadFailed')}>
        {(detail) =>
          detail.memberId !== null ? (
            <Navigate to={page} replace />
          ) : (
            <QueryState query={units}>
              {(loaded) => (
                <CandidateForm
                  defaultValues={candidateToForm(detail)}
                  units={choosableUnits(loaded, detail.unitCode)}
                  submitLabel={t('candidates.form.saveChanges')}
                  cancelTo={page}
                  onSave={async (input) => {
                    await update.mutateAsync({ id, candidate: input });
                    await navigate(page);
                  }}
                />
              )}
            </QueryState>
          )
        }
      </QueryState>
    </Stack>
  );
}
