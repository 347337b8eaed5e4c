import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PRESENCES } from '../../../shared/meetings/kinds';
import type { MeetingInput } from '../../../shared/meetings/schema';
import { ChoiceCards } from '../../components/ChoiceCards';
import { FormSection } from '../../components/FormSection';
import { TextField } from '../../forms/fields';
import type { AttendanceFormRow, ExemptFormRow, MeetingFormValues } from './meetingFormValues';

type FormControl = Control<MeetingFormValues, unknown, MeetingInput>;

/** One expected member: present, excused (with the reason, which then appears) or absent without a reason. */
function AttendanceRow({ control, index, member }: { control: FormControl; index: number; member: AttendanceFormRow }) {
  const { t } = useTranslation();
  const presence = useWatch({ control, name: `attendance.${index}.presence` });
  const name = member.attached ? `${member.fullName} (${t('meetings.form.attachedNote')})` : member.fullName;
  return (
    <Stack gap="xs">
      <Controller
        control={control}
        name={`attendance.${index}.presence`}
        render={({ field, fieldState }) => (
          <ChoiceCards
            label={t('meetings.form.presenceOf', { name })}
            error={fieldState.error?.message}
            direction="row"
            value={field.value}
            onChange={field.onChange}
            choices={PRESENCES.map((value) => ({ value, label: t(`meetings.presence.${value}`) }))}
          />
        )}
      />
      {presence === 'excused' && (
        <TextField
          control={control}
          name={`attendance.${index}.reason`}
          label={t('meetings.form.reason', { name: member.fullName })}
          required
          maw="40rem"
        />
      )}
    </Stack>
  );
}

interface AttendanceFieldsProps {
  control: FormControl;
  attendance: readonly AttendanceFormRow[];
  exempt: readonly ExemptFormRow[];
  /** Whether the date is complete, so the list is that day's. */
  hasDate: boolean;
  loading: boolean;
  loadFailed: string | null;
}

/** Who attended: every member expected on the meeting's day, then the exempt members who may come. */
export function AttendanceFields({ control, attendance, exempt, hasDate, loading, loadFailed }: AttendanceFieldsProps) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('meetings.form.attendance')} help={t('meetings.form.attendanceHelp')}>
      <Stack gap="lg">
        {!hasDate && attendance.length === 0 && <Text>{t('meetings.form.attendanceNeedsDate')}</Text>}
        {loading && (
          <Text role="status" c="dimmed">
            {t('common.loading')}
          </Text>
        )}
        {loadFailed !== null && (
          <Alert title={t('meetings.form.attendanceLoadFailed')} variant="light">
            {loadFailed}
          </Alert>
        )}
        {hasDate && !loading && loadFailed === null && attendance.length === 0 && <Text>{t('meetings.form.attendanceEmpty')}</Text>}
        {attendance.map((member, index) => (
          <AttendanceRow key={member.memberId} control={control} index={index} member={member} />
        ))}
        {exempt.length > 0 && (
          <Stack gap="sm" role="group" aria-label={t('meetings.form.exempt')}>
            <Text fw={500}>{t('meetings.form.exempt')}</Text>
            <Text c="dimmed">{t('meetings.form.exemptHelp')}</Text>
            {exempt.map((member, index) => (
              <Controller
                key={member.memberId}
                control={control}
                name={`exempt.${index}.present`}
                render={({ field }) => (
                  <Checkbox
                    size="md"
                    label={t('meetings.form.exemptPresent', { name: member.fullName })}
                    checked={field.value}
                    onChange={(event) => field.onChange(event.currentTarget.checked)}
                    onBlur={field.onBlur}
                    ref={field.ref}
                  />
                )}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </FormSection>
  );
}
