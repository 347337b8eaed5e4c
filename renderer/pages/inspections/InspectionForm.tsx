import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiErrorData } from '../../../shared/api/errors';
import { formatViDate } from '../../../shared/dates/calendar';
import { ACTIVITIES, BASES, DIRECTIONS, INSPECTION_KINDS } from '../../../shared/inspections/kinds';
import { inspectionInputSchema, type InspectionInput } from '../../../shared/inspections/schema';
import { dateSchema } from '../../../shared/members/fields';
import { toErrorData } from '../../api/ApiCallError';
import { useKtgsPlan, useSubjectMember } from '../../api/inspectionQueries';
import { ChoiceCards } from '../../components/ChoiceCards';
import { FieldGrid } from '../../components/FieldGrid';
import { FormSection } from '../../components/FormSection';
import { DateField, SelectField, TextareaField, TextField } from '../../forms/fields';
import { translateError } from '../../i18n/translateError';
import { toInspectionInput, type InspectionFormValues } from './inspectionFormValues';
import { RecommendationFields } from './RecommendationFields';
import { SubjectFields } from './SubjectFields';
import { useSchemaResolver } from '../../forms/useSchemaResolver';

type FormControl = Control<InspectionFormValues, unknown, InspectionInput>;

/** A single choice among a few, as cards. */
function ChoiceField<N extends 'direction' | 'activity' | 'basis'>(props: {
  control: FormControl;
  name: N;
  label: string;
  choices: { value: InspectionFormValues[N]; label: string; description?: string }[];
  direction?: 'row' | 'column';
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <ChoiceCards
          label={props.label}
          direction={props.direction}
          error={fieldState.error?.message}
          value={field.value}
          onChange={field.onChange}
          choices={props.choices}
        />
      )}
    />
  );
}

/** The plan items of the start date's year, to name the one a planned round carries out. */
function PlanItemField({ control, year }: { control: FormControl; year: number | null }) {
  const { t } = useTranslation();
  const plan = useKtgsPlan(year);
  if (year === null) return null;
  const items = plan.data?.items ?? [];
  if (plan.data && items.length === 0) return <Text c="dimmed">{t('inspections.form.planItemEmpty', { year })}</Text>;
  return (
    <SelectField
      control={control}
      name="planItemId"
      label={t('inspections.form.planItem', { year })}
      description={t('inspections.form.planItemHelp')}
      emptyLabel={t('inspections.form.planItemNone')}
      options={items.map((item) => ({
        value: String(item.id),
        label: t('inspections.form.planItemOption', { period: t(`inspections.period.${item.period}`), content: item.content }),
      }))}
    />
  );
}

/** The subject member's discipline events, one of which may be the result of this round. */
function DisciplineField({ control, memberId }: { control: FormControl; memberId: number | null }) {
  const { t } = useTranslation();
  const member = useSubjectMember(memberId);
  if (memberId === null) return <Text c="dimmed">{t('inspections.form.disciplineNeedsMember')}</Text>;
  const disciplines = (member.data?.events ?? []).flatMap((event) => (event.type === 'discipline' ? [event] : []));
  return (
    <SelectField
      control={control}
      name="disciplineEventId"
      label={t('inspections.form.disciplineField')}
      description={t('inspections.form.disciplineHelp')}
      emptyLabel={t('inspections.form.disciplineNone')}
      options={disciplines.map((event) => ({
        value: String(event.id),
        label: t('inspections.form.disciplineOption', { form: t(`member.discipline.${event.form}`), date: formatViDate(event.date) }),
      }))}
    />
  );
}

interface InspectionFormProps {
  defaultValues: InspectionFormValues;
  submitLabel: string;
  /** Saves; rejects with the service's refusal, which the form then shows. */
  onSave: (inspection: InspectionInput) => Promise<unknown>;
  cancelTo: string;
}

/**
 * An inspection or supervision record, checked as the user types with the schema the service applies. The plan items
 * offered follow the start date's year; the discipline events offered follow the member chosen. A refusal from the
 * service (another member's discipline…) is shown above the buttons in its own words.
 */
export function InspectionForm({ defaultValues, submitLabel, onSave, cancelTo }: InspectionFormProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiErrorData | null>(null);
  const resolver = useSchemaResolver<InspectionFormValues, InspectionInput>(inspectionInputSchema, toInspectionInput);
  const { control, handleSubmit, formState } = useForm<InspectionFormValues, unknown, InspectionInput>({
    resolver,
    mode: 'onChange',
    defaultValues,
  });
  const [basis, startDate, subjectType, memberId] = useWatch({ control, name: ['basis', 'startDate', 'subjectType', 'memberId'] });
  const start = dateSchema.safeParse(startDate);
  const year = start.success ? Number(start.data.slice(0, 4)) : null;
  const member = Number(memberId);

  const save = handleSubmit(async (inspection) => {
    setFailure(null);
    try {
      await onSave(inspection);
    } catch (error) {
      setFailure(toErrorData(error));
    }
  });

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="xl">
        <FormSection title={t('inspections.form.general')}>
          <Stack gap="md">
            <ChoiceField
              control={control}
              name="direction"
              label={t('inspections.form.direction')}
              choices={DIRECTIONS.map((value) => ({
                value,
                label: t(`inspections.direction.${value}.label`),
                description: t(`inspections.direction.${value}.description`),
              }))}
            />
            <ChoiceField
              control={control}
              name="activity"
              direction="row"
              label={t('inspections.form.activity')}
              choices={ACTIVITIES.map((value) => ({ value, label: t(`inspections.activity.${value}`) }))}
            />
            <FieldGrid>
              <SelectField
                control={control}
                name="kind"
                label={t('inspections.form.kind')}
                options={INSPECTION_KINDS.map((value) => ({ value, label: t(`inspections.kind.${value}`) }))}
                required
              />
              <DateField control={control} name="startDate" label={t('inspections.form.startDate')} required />
              <DateField control={control} name="endDate" label={t('inspections.form.endDate')} />
            </FieldGrid>
            <ChoiceField
              control={control}
              name="basis"
              direction="row"
              label={t('inspections.form.basis')}
              choices={BASES.map((value) => ({
                value,
                label: t(`inspections.basis.${value}.label`),
                description: t(`inspections.basis.${value}.description`),
              }))}
            />
            {basis === 'plan' && <PlanItemField control={control} year={year} />}
            <TextField
              control={control}
              name="conductedBy"
              label={t('inspections.form.conductedBy')}
              description={t('inspections.form.conductedByHelp')}
              required
            />
            <TextareaField control={control} name="team" label={t('inspections.form.team')} />
          </Stack>
        </FormSection>
        <FormSection title={t('inspections.form.subject')}>
          <SubjectFields control={control} subjectType={subjectType} types={['unit', 'member']} />
        </FormSection>
        <FormSection title={t('inspections.form.results')}>
          <Stack gap="md">
            <TextareaField control={control} name="content" label={t('inspections.form.content')} />
            <TextareaField control={control} name="strengths" label={t('inspections.form.strengths')} />
            <TextareaField control={control} name="shortcomings" label={t('inspections.form.shortcomings')} />
            <Controller
              control={control}
              name="violation"
              render={({ field }) => (
                <Checkbox
                  size="md"
                  label={t('inspections.form.violation')}
                  checked={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                />
              )}
            />
            <TextareaField control={control} name="conclusion" label={t('inspections.form.conclusion')} />
          </Stack>
        </FormSection>
        <RecommendationFields control={control} />
        {subjectType === 'member' && (
          <FormSection title={t('inspections.form.discipline')}>
            <DisciplineField control={control} memberId={Number.isSafeInteger(member) && member > 0 ? member : null} />
          </FormSection>
        )}
        {failure && (
          <Alert title={t('inspections.form.failed')} variant="light" role="alert">
            {translateError(t, failure)}
          </Alert>
        )}
        <Group gap="md">
          <Button type="submit" size="lg" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('inspections.form.saving') : submitLabel}
          </Button>
          <Button component={Link} to={cancelTo} variant="default" size="lg">
            {t('inspections.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
