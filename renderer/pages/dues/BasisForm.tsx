import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiErrorData } from '../../../shared/api/errors';
import { BASIS_CATEGORIES, type BasisCategory } from '../../../shared/dues/kinds';
import { basisInputSchema, type BasisInput } from '../../../shared/dues/schema';
import { toErrorData } from '../../api/ApiCallError';
import { useSetBasis } from '../../api/duesQueries';
import { FieldGrid } from '../../components/FieldGrid';
import { SelectField, TextField } from '../../forms/fields';
import { useSchemaResolver } from '../../forms/useSchemaResolver';
import { translateError } from '../../i18n/translateError';

interface BasisFormValues {
  memberId: number;
  fromMonth: string;
  category: BasisCategory;
  amountVnd: string;
  note: string;
}

/** A new income basis from a month on; the amount box says what to type for the chosen kind of income. */
export function BasisForm({ memberId }: { memberId: number }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiErrorData | null>(null);
  const setBasis = useSetBasis();
  const resolver = useSchemaResolver<BasisFormValues, BasisInput>(basisInputSchema);
  const empty: BasisFormValues = { memberId, fromMonth: '', category: 'salary', amountVnd: '', note: '' };
  const { control, handleSubmit, reset, formState } = useForm<BasisFormValues, unknown, BasisInput>({
    resolver,
    mode: 'onChange',
    defaultValues: empty,
  });
  const category = useWatch({ control, name: 'category' });

  const save = handleSubmit(async (basis) => {
    setFailure(null);
    try {
      await setBasis.mutateAsync(basis);
      reset(empty);
    } catch (error) {
      setFailure(toErrorData(error));
    }
  });

  return (
    <form onSubmit={save} noValidate aria-label={t('dues.basisForm.title')}>
      <Stack gap="md">
        <FieldGrid>
          <TextField control={control} name="fromMonth" label={t('dues.basisForm.fromMonth')} description={t('dues.basisForm.monthHelp')} inputMode="numeric" required />
          <SelectField
            control={control}
            name="category"
            label={t('dues.basisForm.category')}
            options={BASIS_CATEGORIES.map((value) => ({ value, label: t(`dues.category.${value}`) }))}
            required
          />
          <TextField control={control} name="amountVnd" label={t(`dues.categoryAmount.${category}`)} inputMode="numeric" required={category !== 'student'} />
          <TextField control={control} name="note" label={t('dues.basisForm.note')} />
        </FieldGrid>
        {failure && (
          <Alert title={t('dues.basisForm.failed')} variant="light" role="alert">
            {translateError(t, failure)}
          </Alert>
        )}
        <Button type="submit" disabled={formState.isSubmitting} w="fit-content">
          {t('dues.basisForm.save')}
        </Button>
      </Stack>
    </form>
  );
}
