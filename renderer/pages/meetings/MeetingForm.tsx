import { Alert, Button, Group, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiErrorData } from '../../../shared/api/errors';
import { MEETING_KINDS } from '../../../shared/meetings/kinds';
import { meetingInputSchema, type MeetingInput } from '../../../shared/meetings/schema';
import { dateSchema } from '../../../shared/members/fields';
import { toErrorData } from '../../api/ApiCallError';
import { useMeetingRoll } from '../../api/meetingQueries';
import { ChoiceCards } from '../../components/ChoiceCards';
import { FieldGrid } from '../../components/FieldGrid';
import { FormSection } from '../../components/FormSection';
import { DateField, TextareaField, TextField } from '../../forms/fields';
import { useSchemaResolver } from '../../forms/useSchemaResolver';
import { translateError } from '../../i18n/translateError';
import { AttendanceFields } from './AttendanceFields';
import { GuestFields } from './GuestFields';
import { rollToForm, toMeetingInput, type MeetingFormValues } from './meetingFormValues';

interface MeetingFormProps {
  defaultValues: MeetingFormValues;
  submitLabel: string;
  /** Saves; rejects with the service's refusal, which the form then shows. */
  onSave: (meeting: MeetingInput) => Promise<unknown>;
  cancelTo: string;
}

/**
 * A meeting's minutes, checked as the user types with the schema the service applies. The attendance list follows the
 * date: once a whole date is typed, it lists the members expected that day, keeping what was already marked for each.
 * A refusal from the service (a member not expected that day…) is shown above the buttons in its own words.
 */
export function MeetingForm({ defaultValues, submitLabel, onSave, cancelTo }: MeetingFormProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiErrorData | null>(null);
  const resolver = useSchemaResolver<MeetingFormValues, MeetingInput>(meetingInputSchema, toMeetingInput);
  const { control, handleSubmit, getValues, formState } = useForm<MeetingFormValues, unknown, MeetingInput>({
    resolver,
    mode: 'onChange',
    defaultValues,
  });
  const attendance = useFieldArray({ control, name: 'attendance', keyName: 'key' });
  const exempt = useFieldArray({ control, name: 'exempt', keyName: 'key' });

  const date = useWatch({ control, name: 'date' });
  const parsedDate = dateSchema.safeParse(date);
  const day = parsedDate.success ? parsedDate.data : null;
  const roll = useMeetingRoll(day);

  const { replace: replaceAttendance } = attendance;
  const { replace: replaceExempt } = exempt;
  useEffect(() => {
    if (!roll.data) return;
    const next = rollToForm(roll.data, getValues('attendance'), getValues('exempt'));
    replaceAttendance(next.attendance);
    replaceExempt(next.exempt);
  }, [roll.data, getValues, replaceAttendance, replaceExempt]);

  const save = handleSubmit(async (meeting) => {
    setFailure(null);
    try {
      await onSave(meeting);
    } catch (error) {
      setFailure(toErrorData(error));
    }
  });

  const timeProps = { description: t('meetings.form.timeHelp'), placeholder: t('meetings.form.timePlaceholder'), required: true };

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="xl">
        <FormSection title={t('meetings.form.general')}>
          <Stack gap="md">
            <Controller
              control={control}
              name="kind"
              render={({ field, fieldState }) => (
                <ChoiceCards
                  label={t('meetings.form.kind')}
                  error={fieldState.error?.message}
                  value={field.value === '' ? null : field.value}
                  onChange={field.onChange}
                  choices={MEETING_KINDS.map((value) => ({
                    value,
                    label: t(`meetings.kind.${value}.label`),
                    description: t(`meetings.kind.${value}.description`),
                  }))}
                />
              )}
            />
            <FieldGrid>
              <DateField control={control} name="date" label={t('meetings.form.date')} required />
              <TextField control={control} name="startTime" label={t('meetings.form.startTime')} inputMode="numeric" {...timeProps} />
              <TextField control={control} name="endTime" label={t('meetings.form.endTime')} inputMode="numeric" {...timeProps} />
              <TextField control={control} name="place" label={t('meetings.form.place')} />
              <TextField control={control} name="chair" label={t('meetings.form.chair')} />
              <TextField control={control} name="secretary" label={t('meetings.form.secretary')} />
            </FieldGrid>
          </Stack>
        </FormSection>
        <AttendanceFields
          control={control}
          attendance={attendance.fields}
          exempt={exempt.fields}
          hasDate={day !== null}
          loading={day !== null && roll.isPending}
          loadFailed={roll.isError ? translateError(t, toErrorData(roll.error)) : null}
        />
        <GuestFields control={control} />
        <FormSection title={t('meetings.form.content')}>
          <Stack gap="md">
            <TextareaField control={control} name="agenda" label={t('meetings.form.agenda')} />
            <TextareaField control={control} name="conclusions" label={t('meetings.form.conclusions')} />
            <TextareaField control={control} name="resolution" label={t('meetings.form.resolution')} />
          </Stack>
        </FormSection>
        {failure && (
          <Alert title={t('meetings.form.failed')} variant="light" role="alert">
            {translateError(t, failure)}
          </Alert>
        )}
        <Group gap="md">
          <Button type="submit" size="lg" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('meetings.form.saving') : submitLabel}
          </Button>
          <Button component={Link} to={cancelTo} variant="default" size="lg">
            {t('meetings.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
