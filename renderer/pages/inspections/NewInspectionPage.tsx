import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateInspection } from '../../api/inspectionQueries';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../layout/usePageTitle';
import { InspectionForm } from './InspectionForm';
import { EMPTY_INSPECTION_FORM } from './inspectionFormValues';

/** A new record; once saved, its page opens with its recommendations. */
export function NewInspectionPage() {
  const { t } = useTranslation();
  usePageTitle(t('inspections.form.newTitle'));
  const navigate = useNavigate();
  const create = useCreateInspection();
  return (
    <Stack gap="xl" maw="60rem">
      <PageHeading>{t('inspections.form.newTitle')}</PageHeading>
      <InspectionForm
        defaultValues={EMPTY_INSPECTION_FORM}
        submitLabel={t('inspections.form.save')}
        cancelTo="/inspections"
        onSave={async (inspection) => {
          const saved = await create.mutateAsync(inspection);
          await navigate(`/inspections/${saved.id}`);
        }}
      />
    </Stack>
  );
}
