import { Alert, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiErrorData } from '../../../shared/api/errors';
import { ACTIVITIES, INSPECTION_KINDS, PLANNED_PERIODS } from '../../../shared/inspections/kinds';
import { planItemInputSchema, type PlanItemInput } from '../../../shared/inspections/schema';
import { toErrorData } from '../../api/ApiCallError';
import { ChoiceCards } from '../../components/ChoiceCards';
import { FieldGrid } from '../../components/FieldGrid';
import { SelectField, TextareaField, TextField } from '../../forms/fields';
import { translateError } from '../../i18n/translateError';
import { toPlanItemInput, type PlanFormValues } from './planFormValues';
import { SubjectFields } from './SubjectFields';
import { useSchemaResolver } from '../../forms/useSchemaResolver';

interface PlanItemFormProps {
  title: string;
  defaultValues: PlanFormValues;
  /** Saves; rejects with the service's refusal, which the form then shows. */
  onSave: (item: PlanItemInput) => Promise<unknown>;
  onCancel: () => void;
}

/** One item of the year's plan, added or corrected in place on the plan page. */
export function PlanItemForm({ title, defaultValues, onSave, onCancel }: PlanItemFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [failure, setFailure] = useState<ApiErrorData | null>(null);
  const resolver = useSchemaResolver<PlanFormValues, PlanItemInput>(planItemInputSchema, toPlanItemInput);
  const { control, handleSubmit, formState } = useForm<PlanFormValues, unknown, PlanItemInput>({
    resolver,
    mode: 'onChange',
    defaultValues,
  });
  const subjectType = useWatch({ control, name: 'subjectType' });

  const save = handleSubmit(async (item) => {
    setFailure(null);
    try {
      await onSave(item);
    } catch (error) {
      setFailure(toErrorData(error));
    }
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <form onSubmit={save} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id={titleId}>
            {title}
          </Title>
          <Controller
            control={control}
            name="activity"
            render={({ field, fieldState }) => (
              <ChoiceCards
                label={t('inspections.form.activity')}
                direction="row"
                error={fieldState.error?.message}
                value={field.value}
                onChange={field.onChange}
                choices={ACTIVITIES.map((value) => ({ value, label: t(`inspections.activity.${value}`) }))}
              />
            )}
          />
          <FieldGrid>
            <SelectField
              control={control}
              name="kind"
              label={t('inspections.form.kind')}
              options={INSPECTION_KINDS.map((value) => ({ value, label: t(`inspections.kind.${value}`) }))}
              required
            />
            <SelectField
              control={control}
              name="period"
              label={t('inspections.plan.period')}
              options={PLANNED_PERIODS.map((value) => ({ value, label: t(`inspections.period.${value}`) }))}
              required
            />
          </FieldGrid>
          <SubjectFields control={control} subjectType={subjectType} types={['unit', 'member', 'text']} />
          <TextareaField control={control} name="content" label={t('inspections.plan.content')} />
          <TextField control={control} name="conductedBy" label={t('inspections.plan.conductedBy')} />
          {failure && (
            <Alert title={t('inspections.plan.failed')} variant="light" role="alert">
              {translateError(t, failure)}
            </Alert>
          )}
          <Group gap="md">
            <Button type="submit" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t('inspections.plan.saving') : t('inspections.plan.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('inspections.plan.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
