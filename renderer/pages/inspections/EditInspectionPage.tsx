import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useInspection, useUpdateInspection } from '../../api/inspectionQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { InspectionForm } from './InspectionForm';
import { inspectionToForm } from './inspectionFormValues';

/** Corrects a record, its findings or its recommendations. */
export function EditInspectionPage({ id }: { id: number }) {
  const { t } = useTranslation();
  usePageTitle(t('inspections.form.editTitle'));
  const navigate = useNavigate();
  const inspection = useInspection(id);
  const update = useUpdateInspection();
  const page = `/inspections/${id}`;
  return (
    <Stack gap="xl" maw="60rem">
      <PageHeading>{t('inspections.form.editTitle')}</PageHeading>
      <QueryState query={inspection} failedTitle={t('inspections.detail.loadFailed')}>
        {(detail) => (
          <InspectionForm
            defaultValues={inspectionToForm(detail)}
            submitLabel={t('inspections.form.saveChanges')}
            cancelTo={page}
            onSave={async (input) => {
              await update.mutateAsync({ id, inspection: input });
              await navigate(page);
            }}
          />
        )}
      </QueryState>
    </Stack>
  );
}
