import { Button, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import { Controller, useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MeetingInput } from '../../../shared/meetings/schema';
import { FieldGrid } from '../../components/FieldGrid';
import { FormSection } from '../../components/FormSection';
import { TextField } from '../../forms/fields';
import { EMPTY_GUEST, type MeetingFormValues } from './meetingFormValues';

/** Guests, a short list the user grows and shrinks; each named by its number so every box has its own name. */
export function GuestFields({ control }: { control: Control<MeetingFormValues, unknown, MeetingInput> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'guests' });
  return (
    <FormSection title={t('meetings.form.guests')} help={t('meetings.form.guestsHelp')}>
      <Stack gap="md" align="flex-start">
        {fields.length === 0 && <Text>{t('meetings.form.guestsEmpty')}</Text>}
        {fields.map((guest, index) => {
          const number = index + 1;
          return (
            <Card key={guest.id} withBorder padding="md" w="100%">
              <Stack gap="sm">
                <Text fw={500}>{t('meetings.form.guest', { number })}</Text>
                <FieldGrid>
                  <TextField control={control} name={`guests.${index}.name`} label={t('meetings.form.guestName', { number })} required />
                  <TextField control={control} name={`guests.${index}.position`} label={t('meetings.form.guestPosition', { number })} />
                  <TextField control={control} name={`guests.${index}.body`} label={t('meetings.form.guestBody', { number })} />
                </FieldGrid>
                <Group justify="space-between" gap="md">
                  <Controller
                    control={control}
                    name={`guests.${index}.upperLevel`}
                    render={({ field }) => (
                      <Checkbox
                        size="md"
                        label={t('meetings.form.guestUpperLevel')}
                        aria-label={t('meetings.form.guestUpperLevelLabel', { number })}
                        checked={field.value}
                        onChange={(event) => field.onChange(event.currentTarget.checked)}
                        onBlur={field.onBlur}
                        ref={field.ref}
                      />
                    )}
                  />
                  <Button variant="default" aria-label={t('meetings.form.removeGuestLabel', { number })} onClick={() => remove(index)}>
                    {t('meetings.form.removeGuest')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          );
        })}
        <Button variant="default" onClick={() => append({ ...EMPTY_GUEST })}>
          {t('meetings.form.addGuest')}
        </Button>
      </Stack>
    </FormSection>
  );
}
