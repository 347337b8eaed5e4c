import { Alert, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiErrorData } from '../../../shared/api/errors';
import { DISCIPLINE_FORMS, EVENT_TYPES, memberEventSchema, type MemberEvent, type MemberEventData } from '../../../shared/members/events';
import { BADGES } from '../../../shared/rules/badges';
import { toErrorData } from '../../api/ApiCallError';
import { useAddEvent, useUpdateEvent } from '../../api/memberQueries';
import { FieldGrid } from '../../components/FieldGrid';
import { DateField, SelectField, TextareaField, TextField } from '../../forms/fields';
import { useSchemaResolver } from '../../forms/useSchemaResolver';
import { translateError } from '../../i18n/translateError';
import { EMPTY_EVENT, eventToForm, EXTRA_FIELDS, isArrival, toEventInput, type EventFormValues } from './eventFormValues';

/** Badges offered are those of the latest rule; the service checks a badge against the rule of its own date. */
const BADGE_YEARS = BADGES.rows.at(-1)?.value.milestones ?? [];

/** The milestones to choose from, and the one being corrected if an older rule had it. */
function badgeChoices(editing: MemberEvent | undefined): readonly number[] {
  if (editing?.type !== 'badge' || BADGE_YEARS.includes(editing.years)) return BADGE_YEARS;
  return [...BADGE_YEARS, editing.years].sort((a, b) => a - b);
}

interface EventFormProps {
  memberId: number;
  /** The event being corrected; absent when a new one is added. */
  editing?: MemberEvent;
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * One event of a member's history. Choosing the type brings up that type's own fields; every field is checked as
 * it is typed with the schema the service uses. When the event does not fit the member's history (made official
 * twice, transferred after leaving…), the service refuses it, nothing is written, and its reason — citing the rule —
 * is shown above the buttons.
 */
export function EventForm({ memberId, editing, onSaved, onCancel }: EventFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [refusal, setRefusal] = useState<ApiErrorData | null>(null);
  const addEvent = useAddEvent();
  const updateEvent = useUpdateEvent();
  const resolver = useSchemaResolver<EventFormValues, MemberEventData>(memberEventSchema, toEventInput);
  const { control, handleSubmit, setFocus, formState } = useForm<EventFormValues, unknown, MemberEventData>({
    resolver,
    mode: 'onChange',
    defaultValues: editing ? eventToForm(editing) : EMPTY_EVENT,
  });
  const type = useWatch({ control, name: 'type' });
  const extra = type === '' ? [] : EXTRA_FIELDS[type];

  useEffect(() => setFocus('type'), [setFocus]);

  const save = handleSubmit(async (event) => {
    setRefusal(null);
    try {
      if (editing) await updateEvent.mutateAsync({ id: editing.id, event });
      else await addEvent.mutateAsync({ memberId, event });
      onSaved();
    } catch (error) {
      setRefusal(toErrorData(error));
    }
  });

  const title = editing ? t('members.events.editTitle') : t('members.events.add');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <form onSubmit={save} noValidate>
        <Stack gap="lg">
          <Title order={3} id={titleId}>
            {title}
          </Title>
          <FieldGrid>
            <SelectField
              control={control}
              name="type"
              label={t('members.events.type')}
              required
              emptyLabel={t('members.form.choose')}
              options={EVENT_TYPES.map((value) => ({ value, label: t(`member.event.${value}`) }))}
            />
            <DateField
              control={control}
              name="date"
              label={type === 'admitted' ? t('members.events.admissionDate') : t('members.events.date')}
              required
            />
            {extra.includes('ceremonyDate') && (
              <DateField control={control} name="ceremonyDate" label={t('members.events.ceremonyDate')} />
            )}
            {extra.includes('otherUnit') && (
              <TextField
                control={control}
                name="otherUnit"
                label={isArrival(type) ? t('members.events.otherUnitFrom') : t('members.events.otherUnitTo')}
                required
              />
            )}
            {extra.includes('form') && (
              <SelectField
                control={control}
                name="form"
                label={t('members.events.form')}
                required
                emptyLabel={t('members.form.choose')}
                options={DISCIPLINE_FORMS.map((value) => ({ value, label: t(`member.discipline.${value}`) }))}
              />
            )}
            {extra.includes('years') && (
              <SelectField
                control={control}
                name="years"
                label={t('members.events.years')}
                required
                emptyLabel={t('members.form.choose')}
                options={badgeChoices(editing).map((years) => ({ value: String(years), label: t('members.events.yearsValue', { years }) }))}
              />
            )}
            {extra.includes('title') && (
              <TextField control={control} name="title" label={t('members.events.rewardTitle')} required />
            )}
            <TextField control={control} name="decisionNumber" label={t('members.events.decisionNumber')} />
            <TextField control={control} name="issuedBy" label={t('members.events.issuedBy')} />
          </FieldGrid>
          <TextareaField control={control} name="note" label={t('members.events.note')} />
          {refusal && (
            <Alert title={t('members.events.refused')} variant="light">
              {translateError(t, refusal)}
            </Alert>
          )}
          <Group gap="md">
            <Button type="submit" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t('members.events.saving') : t('members.events.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('members.events.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
