import { Stack } from '@mantine/core';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CandidateInput } from '../../../shared/candidates/schema';
import { ACADEMIC_TITLES, GENDERS, QUALIFICATIONS, THEORY_LEVELS } from '../../../shared/members/levels';
import { RELIGIONS } from '../../../shared/members/religions';
import { ChoiceCards } from '../../components/ChoiceCards';
import { FieldGrid } from '../../components/FieldGrid';
import { FormSection } from '../../components/FormSection';
import { DateField, SelectField, TextareaField, TextField } from '../../forms/fields';
import { EthnicitySelect } from '../memberForm/EthnicitySelect';
import type { CandidateFormValues } from './candidateFormValues';

const RELIGION_OPTIONS = RELIGIONS.map(({ code, name }) => ({ value: code, label: name }));

/** The person's record, with the member form's labels: it becomes the member's record at the ceremony. */
export function CandidatePersonFields({ control }: { control: Control<CandidateFormValues, unknown, CandidateInput> }) {
  const { t } = useTranslation();
  const field = (name: string) => t(`members.field.${name}`);
  return (
    <>
      <FormSection title={t('candidates.form.person')} help={t('candidates.form.personHelp')}>
        <Stack gap="lg">
          <FieldGrid>
            <TextField control={control} name="record.fullName" label={field('fullName')} required />
            <TextField control={control} name="record.birthName" label={field('birthName')} description={t('members.form.birthNameHelp')} />
          </FieldGrid>
          <Controller
            control={control}
            name="record.gender"
            render={({ field: gender, fieldState }) => (
              <ChoiceCards
                label={field('gender')}
                direction="row"
                value={gender.value || null}
                onChange={gender.onChange}
                error={fieldState.error?.message}
                firstChoiceRef={gender.ref}
                choices={GENDERS.map((value) => ({ value, label: t(`member.gender.${value}`) }))}
              />
            )}
          />
          <FieldGrid>
            <DateField control={control} name="record.birthDate" label={field('birthDate')} required />
            <Controller
              control={control}
              name="record.ethnicity"
              render={({ field: ethnicity, fieldState }) => (
                <EthnicitySelect
                  ref={ethnicity.ref}
                  value={ethnicity.value}
                  onChange={ethnicity.onChange}
                  onBlur={ethnicity.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
            <SelectField control={control} name="record.religion" label={field('religion')} required options={RELIGION_OPTIONS} />
            <TextField
              control={control}
              name="record.citizenId"
              label={field('citizenId')}
              description={t('members.form.citizenIdHelp')}
              inputMode="numeric"
            />
            <TextField control={control} name="record.phone" label={field('phone')} inputMode="tel" />
          </FieldGrid>
          <FieldGrid>
            <TextField control={control} name="record.birthPlace" label={field('birthPlace')} />
            <TextField control={control} name="record.hometown" label={field('hometown')} />
            <TextField control={control} name="record.permanentAddress" label={field('permanentAddress')} />
            <TextField control={control} name="record.temporaryAddress" label={field('temporaryAddress')} />
            <TextField control={control} name="record.occupation" label={field('occupation')} />
            <TextField control={control} name="record.position" label={field('position')} />
          </FieldGrid>
          <TextareaField control={control} name="record.note" label={field('note')} />
        </Stack>
      </FormSection>
      <FormSection title={t('candidates.form.education')}>
        <FieldGrid>
          <TextField
            control={control}
            name="record.generalEducation"
            label={field('generalEducation')}
            description={t('members.form.generalEducationHelp')}
          />
          <SelectField
            control={control}
            name="record.qualification"
            label={field('qualification')}
            emptyLabel={t('members.form.none')}
            options={QUALIFICATIONS.map((value) => ({ value, label: t(`member.qualification.${value}`) }))}
          />
          <SelectField
            control={control}
            name="record.academicTitle"
            label={field('academicTitle')}
            emptyLabel={t('members.form.none')}
            options={ACADEMIC_TITLES.map((value) => ({ value, label: t(`member.title.${value}`) }))}
          />
          <SelectField
            control={control}
            name="record.theoryLevel"
            label={field('theoryLevel')}
            emptyLabel={t('members.form.none')}
            options={THEORY_LEVELS.map((value) => ({ value, label: t(`member.theory.${value}`) }))}
          />
        </FieldGrid>
      </FormSection>
    </>
  );
}
