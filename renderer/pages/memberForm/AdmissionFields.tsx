import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldGrid } from '../../components/FieldGrid';
import { FormSection } from '../../components/FormSection';
import { DateField, TextField } from '../../forms/fields';
import type { MemberFormValues } from './memberFormValues';

/**
 * For a member who is already in the party when entered: the admission decision and, once official, the recognition.
 * They become the member's first events, so the status and party age are right from the start.
 */
export function AdmissionFields<O>({ control }: { control: Control<MemberFormValues, unknown, O> }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('members.form.admission')} help={t('members.form.admissionHelp')}>
      <FieldGrid>
        <DateField control={control} name="admission.admittedOn" label={t('members.form.admittedOn')} />
        <TextField control={control} name="admission.decisionNumber" label={t('members.form.admissionDecision')} />
        <DateField control={control} name="admission.ceremonyOn" label={t('members.form.ceremonyOn')} />
        <DateField control={control} name="admission.officialOn" label={t('members.form.officialOn')} />
      </FieldGrid>
    </FormSection>
  );
}
