import { Alert, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiErrorData } from '../../../shared/api/errors';
import { RATING_LEVELS } from '../../../shared/ratings/levels';
import { ratingFormSchema, type RatingFormValues, type RatingSheetInput } from '../../../shared/ratings/schema';
import { ratingYear } from '../../../shared/ratings/sheet';
import type { RatingMemberRow, RatingYear } from '../../../shared/ratings/views';
import { toErrorData } from '../../api/ApiCallError';
import { useSaveRatings } from '../../api/ratingQueries';
import { SectionCard } from '../../components/SectionCard';
import { useSchemaResolver } from '../../forms/useSchemaResolver';
import { translateError } from '../../i18n/translateError';
import classes from '../member/tables.module.css';
import { notDueText, RatingSummary } from './RatingSummary';
import { recordedFromForm, toFormValues } from './ratingFormValues';

type FormControl = Control<RatingFormValues, unknown, RatingFormOutput>;

/** A due member's level (or "Không xếp loại"), and the reason when not rated. */
function MemberLine({ control, index, row }: { control: FormControl; index: number; row: RatingMemberRow }) {
  const { t } = useTranslation();
  const choice = useWatch({ control, name: `members.${index}.choice` });
  const options = [
    { value: '', label: t('ratings.page.choiceEmpty') },
    ...RATING_LEVELS.map((level) => ({ value: level, label: t(`ratings.level.${level}`) })),
    { value: 'not_rated', label: t('ratings.page.choiceNotRated') },
  ];
  return (
    <>
      <Table.Td>
        <Controller
          control={control}
          name={`members.${index}.choice`}
          render={({ field }) => (
            <NativeSelect {...field} aria-label={t('ratings.page.levelOf', { name: row.fullName })} size="md" data={options} miw="16rem" />
          )}
        />
      </Table.Td>
      <Table.Td>
        {choice === 'not_rated' && (
          <Controller
            control={control}
            name={`members.${index}.reason`}
            render={({ field, fieldState }) => (
              <TextInput
                {...field}
                aria-label={t('ratings.page.reasonOf', { name: row.fullName })}
                error={fieldState.error?.message}
                required
                size="md"
                autoComplete="off"
              />
            )}
          />
        )}
      </Table.Td>
    </>
  );
}

function MembersTable({ control, year }: { control: FormControl; year: RatingYear }) {
  const { t } = useTranslation();
  const lineOf = new Map(year.members.filter((row) => row.due).map((row, index) => [row.memberId, index]));
  return (
    <div className={classes.scroller}>
      <Table fz="md" verticalSpacing="sm" className={classes.table}>
        <Table.Caption>{t('ratings.page.members', { year: year.year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ratings.page.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('ratings.page.columns.unit')}</Table.Th>
            <Table.Th scope="col">{t('ratings.page.columns.level')}</Table.Th>
            <Table.Th scope="col">{t('ratings.page.columns.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {year.members.map((row) => {
            const index = lineOf.get(row.memberId);
            return (
              <Table.Tr key={row.memberId}>
                <Table.Th scope="row" fw={500}>
                  {row.fullName}
                </Table.Th>
                <Table.Td>{row.unitName}</Table.Td>
                {index === undefined ? (
                  <Table.Td colSpan={2}>
                    {t('ratings.page.notDue', { reason: notDueText(t, year, row.notDueReason ?? '') })}
                  </Table.Td>
                ) : (
                  <MemberLine control={control} index={index} row={row} />
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** What the form hands to the save call, the year aside. */
type RatingFormOutput = Omit<RatingSheetInput, 'year'>;

/**
 * A year's sheet: each member due with a level or "Không xếp loại" and its reason, the unit's own level, and the
 * counts, quota warning and not-rated list as they stand with what is typed, computed by the same shared code the
 * store uses. Saving sends the whole sheet; a quota overrun is a warning only, a refusal shows the store's words.
 */
export function RatingSheetForm({ year }: { year: RatingYear }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiErrorData | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useSaveRatings();
  const resolver = useSchemaResolver<RatingFormValues, RatingFormOutput>(ratingFormSchema);
  const { control, handleSubmit, reset, formState } = useForm<RatingFormValues, unknown, RatingFormOutput>({
    resolver,
    mode: 'onChange',
    defaultValues: toFormValues(year),
  });

  const values = useWatch({ control }) as RatingFormValues;
  const unitLevel = values.unitLevel === '' || values.unitLevel === undefined ? null : values.unitLevel;
  const live = ratingYear(year.year, year.members, recordedFromForm(year, values), { ...year.unit, level: unitLevel });

  const submit = handleSubmit(async (sheet) => {
    setFailure(null);
    setSaved(false);
    try {
      const stored = await save.mutateAsync({ year: year.year, ...sheet });
      reset(toFormValues(stored));
      setSaved(true);
    } catch (error) {
      setFailure(toErrorData(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        {year.members.length === 0 ? <Text>{t('ratings.page.empty', { year: year.year })}</Text> : <MembersTable control={control} year={year} />}
        <SectionCard title={t('ratings.page.unit')}>
          <Controller
            control={control}
            name="unitLevel"
            render={({ field }) => (
              <NativeSelect
                {...field}
                label={t('ratings.page.unitLevel', { name: year.unit.name })}
                size="md"
                maw="24rem"
                data={[
                  { value: '', label: t('ratings.page.choiceEmpty') },
                  ...RATING_LEVELS.map((level) => ({ value: level, label: t(`ratings.level.${level}`) })),
                ]}
              />
            )}
          />
        </SectionCard>
        <RatingSummary year={live} />
        {failure && (
          <Alert title={t('ratings.page.failed')} variant="light" role="alert">
            {translateError(t, failure)}
          </Alert>
        )}
        {saved && !formState.isDirty && (
          <Alert color="green" variant="light" role="status">
            {t('ratings.page.saved', { year: year.year })}
          </Alert>
        )}
        <Group gap="md">
          <Button type="submit" size="lg" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('ratings.page.saving') : t('ratings.page.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
