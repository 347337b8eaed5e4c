import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { ApiErrorData } from '../../../shared/api/errors';
import type { OrgUnit } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { useSchemaResolver } from '../../forms/useSchemaResolver';
import { translateError } from '../../i18n/translateError';
import { AdmissionFields } from './AdmissionFields';
import { MemberRecordFields } from './MemberRecordFields';
import { formFieldOf, type MemberFormValues } from './memberFormValues';

interface MemberFormProps<O> {
  schema: z.ZodType<O>;
  defaultValues: MemberFormValues;
  units: OrgUnit[];
  /** A new member may come with the date of admission; an existing one's events are edited on their page. */
  withAdmission: boolean;
  submitLabel: string;
  /** Saves; rejects with the service's refusal, which the form then shows. */
  onSave: (values: O) => Promise<unknown>;
  cancelTo: string;
}

/**
 * The member's record, checked as the user types with the schema the service applies. A refusal the service gives
 * for a field (a malformed value) appears under that field; one about the member as a whole (the same person is
 * already in the register; dates that do not fit together) appears above the buttons, in the service's own words.
 */
export function MemberForm<O>({ schema, defaultValues, units, withAdmission, submitLabel, onSave, cancelTo }: MemberFormProps<O>) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiErrorData | null>(null);
  const resolver = useSchemaResolver<MemberFormValues, O>(schema);
  const { control, handleSubmit, setError, formState } = useForm<MemberFormValues, unknown, O>({
    resolver,
    mode: 'onChange',
    defaultValues,
  });

  const save = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSave(values);
    } catch (error) {
      const data = toErrorData(error);
      setFailure(data);
      for (const issue of data.issues ?? []) {
        const field = formFieldOf(issue.path);
        if (field) setError(field, { type: 'server', message: t(issue.message, issue.params) });
      }
    }
  });

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="xl">
        <MemberRecordFields control={control} units={units} />
        {withAdmission && <AdmissionFields control={control} />}
        {failure && (
          <Alert title={t('members.form.failed')} variant="light">
            {translateError(t, failure)}
          </Alert>
        )}
        <Group gap="md">
          <Button type="submit" size="lg" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('members.form.saving') : submitLabel}
          </Button>
          <Button component={Link} to={cancelTo} variant="default" size="lg">
            {t('members.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
