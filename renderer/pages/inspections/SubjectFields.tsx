import { Stack } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMemberList } from '../../api/memberQueries';
import { useOrgUnits } from '../../api/organisationQueries';
import { ChoiceCards } from '../../components/ChoiceCards';
import { SelectField, TextField } from '../../forms/fields';
import { memberOptions, unitOptions } from './subjectOptions';

interface SubjectFieldsProps<V extends FieldValues, O> {
  control: Control<V, unknown, O>;
  /** The subject type chosen now: it decides which picker shows. */
  subjectType: string;
  /** 'text' is offered by plan items only. */
  types: readonly ('unit' | 'member' | 'text')[];
}

/**
 * Who or what is inspected or supervised: a unit of the register (the home unit first) or a member (in register
 * order), or, for a plan item, a few words. The fields are named `subjectType`, `unitCode`, `memberId`, `subjectText`.
 */
export function SubjectFields<V extends FieldValues, O>({ control, subjectType, types }: SubjectFieldsProps<V, O>) {
  const { t } = useTranslation();
  const units = useOrgUnits();
  const members = useMemberList({});
  const name = (field: string) => field as Path<V>;
  return (
    <Stack gap="md">
      <Controller
        control={control}
        name={name('subjectType')}
        render={({ field, fieldState }) => (
          <ChoiceCards
            label={t('inspections.form.subjectType')}
            direction="row"
            error={fieldState.error?.message}
            value={typeof field.value === 'string' ? field.value : null}
            onChange={field.onChange}
            choices={types.map((value) => ({ value, label: t(`inspections.subject.${value}`) }))}
          />
        )}
      />
      {subjectType === 'unit' && (
        <SelectField
          control={control}
          name={name('unitCode')}
          label={t('inspections.form.unit')}
          emptyLabel={t('inspections.form.unitNone')}
          options={unitOptions(t, units.data ?? [])}
          required
        />
      )}
      {subjectType === 'member' && (
        <SelectField
          control={control}
          name={name('memberId')}
          label={t('inspections.form.member')}
          emptyLabel={t('inspections.form.memberNone')}
          options={memberOptions(members.data)}
          required
        />
      )}
      {subjectType === 'text' && (
        <TextField
          control={control}
          name={name('subjectText')}
          label={t('inspections.plan.subjectText')}
          description={t('inspections.plan.subjectTextHelp')}
          required
        />
      )}
    </Stack>
  );
}
