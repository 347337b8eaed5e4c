import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiErrorData } from '../../../shared/api/errors';
import { RELIEF_KINDS, RELIEF_REASONS, type ReliefKind, type ReliefReason } from '../../../shared/dues/kinds';
import { reliefInputSchema, type ReliefInput } from '../../../shared/dues/schema';
import type { DuesReliefRules } from '../../../shared/rules/dues';
import { toErrorData } from '../../api/ApiCallError';
import { useAddRelief } from '../../api/duesQueries';
import { FieldGrid } from '../../components/FieldGrid';
import { SelectField, TextField } from '../../forms/fields';
import { useSchemaResolver } from '../../forms/useSchemaResolver';
import { translateError } from '../../i18n/translateError';

interface ReliefFormValues {
  memberId: number;
  fromMonth: string;
  toMonth: string;
  kind: ReliefKind;
  reason: ReliefReason | '';
  percent: string;
  note: string;
}

/**
 * A new exemption or reduction. The shares offered for a reduction are those of the rule in force today (30, 50 or
 * 70% under QĐ 01); the schema checks the window against the rule of its own first month as the user types.
 */
export function ReliefForm({ memberId, rules }: { memberId: number; rules: DuesReliefRules | null }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiErrorData | null>(null);
  const addRelief = useAddRelief();
  const resolver = useSchemaResolver<ReliefFormValues, ReliefInput>(reliefInputSchema);
  const empty: ReliefFormValues = { memberId, fromMonth: '', toMonth: '', kind: 'exemption', reason: '', percent: '', note: '' };
  const { control, handleSubmit, reset, formState } = useForm<ReliefFormValues, unknown, ReliefInput>({
    resolver,
    mode: 'onChange',
    defaultValues: empty,
  });
  const kind = useWatch({ control, name: 'kind' });
  const percents = rules?.reductionPercents ?? null;

  const save = handleSubmit(async (relief) => {
    setFailure(null);
    try {
      await addRelief.mutateAsync(relief);
      reset(empty);
    } catch (error) {
      setFailure(toErrorData(error));
    }
  });

  return (
    <form onSubmit={save} noValidate aria-label={t('dues.reliefForm.title')}>
      <Stack gap="md">
        <FieldGrid>
          <TextField control={control} name="fromMonth" label={t('dues.reliefForm.fromMonth')} description={t('dues.basisForm.monthHelp')} inputMode="numeric" required />
          <TextField control={control} name="toMonth" label={t('dues.reliefForm.toMonth')} description={t('dues.reliefForm.toMonthHelp')} inputMode="numeric" />
          <SelectField
            control={control}
            name="kind"
            label={t('dues.reliefForm.kind')}
            options={RELIEF_KINDS.map((value) => ({ value, label: t(`dues.reliefKind.${value}`) }))}
            required
          />
          <SelectField
            control={control}
            name="reason"
            label={t('dues.reliefForm.reason')}
            emptyLabel=""
            options={RELIEF_REASONS.map((value) => ({ value, label: t(`dues.reason.${value}`) }))}
            required
          />
          {kind === 'reduction' &&
            (percents ? (
              <SelectField
                control={control}
                name="percent"
                label={t('dues.reliefForm.percent')}
                emptyLabel=""
                options={percents.map((value) => ({ value: String(value), label: t('dues.reliefForm.percentOption', { percent: value }) }))}
                required
              />
            ) : (
              <TextField control={control} name="percent" label={t('dues.reliefForm.percentText')} inputMode="numeric" required />
            ))}
          <TextField control={control} name="note" label={t('dues.reliefForm.note')} />
        </FieldGrid>
        {failure && (
          <Alert title={t('dues.reliefForm.failed')} variant="light" role="alert">
            {translateError(t, failure)}
          </Alert>
        )}
        <Button type="submit" disabled={formState.isSubmitting} w="fit-content">
          {t('dues.reliefForm.save')}
        </Button>
      </Stack>
    </form>
  );
}
