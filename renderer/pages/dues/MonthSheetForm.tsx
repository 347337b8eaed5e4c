import { Alert, Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiErrorData } from '../../../shared/api/errors';
import { toIsoDate } from '../../../shared/dates/calendar';
import { DUES_CHANNELS } from '../../../shared/dues/kinds';
import { formatViMonth } from '../../../shared/dues/months';
import { sheetFormSchema, type MonthSheetInput } from '../../../shared/dues/schema';
import type { MonthSheet, SheetRow } from '../../../shared/dues/views';
import { toErrorData } from '../../api/ApiCallError';
import { useRecordMonth } from '../../api/duesQueries';
import { DateInput } from '../../components/DateInput';
import { useSchemaResolver } from '../../forms/useSchemaResolver';
import { translateError } from '../../i18n/translateError';
import classes from './Dues.module.css';
import { dueNote, expectedText } from './describeDues';
import { formatVnd } from '../../format/money';
import { fillOwed, sheetToForm, type SheetFormValues } from './sheetFormValues';

type SheetControl = Control<SheetFormValues, unknown, MonthSheetInput>;

const todayIso = () => {
  const now = new Date();
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
};

/** One member: the amount owed and why, then the boxes for what was paid, how and when, then what is still owed. */
function SheetLine({ control, index, row }: { control: SheetControl; index: number; row: SheetRow }) {
  const { t } = useTranslation();
  const name = row.fullName;
  const hidden = { className: classes.visuallyHidden };
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Anchor component={Link} to={`/dues/member/${row.memberId}`}>
          {name}
        </Anchor>
      </Table.Th>
      <Table.Td>
        <Text className={classes.money}>{expectedText(row.dueHere ? row.expectedVnd : null)}</Text>
        <Text className={classes.note}>{dueNote(t, row)}</Text>
      </Table.Td>
      <Table.Td>
        <Controller
          control={control}
          name={`rows.${index}.amountVnd`}
          render={({ field, fieldState }) => (
            <TextInput
              {...field}
              label={t('dues.sheet.amountLabel', { name })}
              labelProps={hidden}
              inputMode="numeric"
              autoComplete="off"
              error={fieldState.error?.message}
              className={classes.amountInput}
            />
          )}
        />
      </Table.Td>
      <Table.Td>
        <Controller
          control={control}
          name={`rows.${index}.channel`}
          render={({ field, fieldState }) => (
            <NativeSelect
              {...field}
              label={t('dues.sheet.channelLabel', { name })}
              labelProps={hidden}
              size="md"
              error={fieldState.error?.message}
              data={DUES_CHANNELS.map((value) => ({ value, label: t(`dues.channel.${value}`) }))}
            />
          )}
        />
      </Table.Td>
      <Table.Td>
        <Controller
          control={control}
          name={`rows.${index}.paidOn`}
          render={({ field, fieldState }) => (
            <DateInput
              {...field}
              label={t('dues.sheet.paidOnLabel', { name })}
              labelProps={hidden}
              description={undefined}
              error={fieldState.error?.message}
              className={classes.dateInput}
            />
          )}
        />
      </Table.Td>
      <Table.Td className={classes.money}>{formatVnd(row.arrearsToDateVnd)}</Table.Td>
    </Table.Tr>
  );
}

/**
 * The month's sheet as one form: a row per member, checked as the user types with the schema the service applies,
 * saved in one go. "Fill in" puts the amount owed into every empty row, so recording a month where most paid in full
 * is one click and a few corrections.
 */
export function MonthSheetForm({ sheet, captionId }: { sheet: MonthSheet; captionId: string }) {
  const { t } = useTranslation();
  const month = formatViMonth(sheet.month);
  const [failure, setFailure] = useState<ApiErrorData | null>(null);
  const [saved, setSaved] = useState(false);
  const record = useRecordMonth();
  const resolver = useSchemaResolver<SheetFormValues, MonthSheetInput>(sheetFormSchema);
  const { control, handleSubmit, getValues, setValue, formState } = useForm<SheetFormValues, unknown, MonthSheetInput>({
    resolver,
    mode: 'onChange',
    defaultValues: sheetToForm(sheet),
  });

  const fill = () => {
    fillOwed(getValues(), sheet, todayIso()).forEach((row, index) => {
      setValue(`rows.${index}`, row, { shouldValidate: true, shouldDirty: true });
    });
  };

  const save = handleSubmit(async (input) => {
    setFailure(null);
    setSaved(false);
    try {
      await record.mutateAsync(input);
      setSaved(true);
    } catch (error) {
      setFailure(toErrorData(error));
    }
  });

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="lg">
        <Group gap="md" align="center">
          <Button variant="default" onClick={fill}>
            {t('dues.sheet.fill')}
          </Button>
          <Text c="dimmed">{t('dues.sheet.fillHelp')}</Text>
        </Group>
        <div className={classes.scroller}>
          <Table aria-labelledby={captionId} fz="md" verticalSpacing="sm" className={classes.sheet}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dues.sheet.columns.member')}</Table.Th>
                <Table.Th scope="col">{t('dues.sheet.columns.expected')}</Table.Th>
                <Table.Th scope="col">{t('dues.sheet.columns.amount')}</Table.Th>
                <Table.Th scope="col">{t('dues.sheet.columns.channel')}</Table.Th>
                <Table.Th scope="col">{t('dues.sheet.columns.paidOn')}</Table.Th>
                <Table.Th scope="col">{t('dues.sheet.columns.arrears')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sheet.rows.map((row, index) => (
                <SheetLine key={row.memberId} control={control} index={index} row={row} />
              ))}
            </Table.Tbody>
          </Table>
        </div>
        {failure && (
          <Alert title={t('dues.sheet.failed')} variant="light" role="alert">
            {translateError(t, failure)}
          </Alert>
        )}
        {saved && !formState.isSubmitting && (
          <Text role="status" fw={500}>
            {t('dues.sheet.saved', { month })}
          </Text>
        )}
        <Group gap="md">
          <Button type="submit" size="lg" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('dues.sheet.saving') : t('dues.sheet.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
