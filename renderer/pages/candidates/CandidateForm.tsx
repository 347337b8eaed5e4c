import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiErrorData } from '../../../shared/api/errors';
import type { CandidateInput } from '../../../shared/candidates/schema';
import type { OrgUnit } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { translateError } from '../../i18n/translateError';
import { CandidatePersonFields } from './CandidatePersonFields';
import { CandidateStageFields } from './CandidateStageFields';
import { formFieldOf, type CandidateFormValues } from './candidateFormValues';
import { useCandidateResolver } from './useCandidateResolver';

interface CandidateFormProps {
  defaultValues: CandidateFormValues;
  units: OrgUnit[];
  submitLabel: string;
  /** Saves; rejects with the service's refusal, which the form then shows. */
  onSave: (candidate: CandidateInput) => Promise<unknown>;
  cancelTo: string;
}

/**
 * A candidate's file, checked as the user types with the rules the service applies. A refusal of the service appears
 * under the box it is about, and above the buttons in its own words.
 */
export function CandidateForm({ defaultValues, units, submitLabel, onSave, cancelTo }: CandidateFormProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiErrorData | null>(null);
  const resolver = useCandidateResolver();
  const { control, handleSubmit, setError, getValues, formState } = useForm<CandidateFormValues, unknown, CandidateInput>({
    resolver,
    mode: 'onChange',
    defaultValues,
  });

  const save = handleSubmit(async (candidate) => {
    setFailure(null);
    try {
      await onSave(candidate);
    } catch (error) {
      const data = toErrorData(error);
      setFailure(data);
      for (const issue of data.issues ?? []) {
        const field = formFieldOf(getValues(), issue.path);
        if (field) setError(field, { type: 'server', message: t(issue.message, issue.params) });
      }
    }
  });

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="xl">
        <CandidatePersonFields control={control} />
        <CandidateStageFields control={control} units={units} />
        {failure && (
          <Alert title={t('candidates.form.failed')} variant="light" role="alert">
            {translateError(t, failure)}
          </Alert>
        )}
        <Group gap="md">
          <Button type="submit" size="lg" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('candidates.form.saving') : submitLabel}
          </Button>
          <Button component={Link} to={cancelTo} variant="default" size="lg">
            {t('candidates.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
