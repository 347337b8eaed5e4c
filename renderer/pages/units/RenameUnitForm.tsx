import { useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract, type CallArgs } from '../../../shared/api/contract';
import type { ApiErrorData } from '../../../shared/api/errors';
import type { OrgUnit } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { useRenameUnit } from '../../api/organisationQueries';
import { TextField } from '../../forms/fields';
import { useSchemaResolver } from '../../forms/useSchemaResolver';
import { showFieldIssues } from './refusal';
import { UnitFormCard } from './UnitFormCard';

interface RenameValues {
  name: string;
}

interface RenameUnitFormProps {
  unit: OrgUnit;
  onDone: (message: string, code: string) => void;
  onCancel: () => void;
}

/** A new name for any unit, the home unit included; the code, given by the parent committee, stays. */
export function RenameUnitForm({ unit, onDone, onCancel }: RenameUnitFormProps) {
  const { t } = useTranslation();
  const renameUnit = useRenameUnit();
  const [refusal, setRefusal] = useState<ApiErrorData | null>(null);
  const prepare = useCallback((values: RenameValues) => ({ ...values, code: unit.code }), [unit.code]);
  const resolver = useSchemaResolver<RenameValues, CallArgs<'org.rename'>>(contract['org.rename'].input, prepare);
  const { control, handleSubmit, setError, setFocus, formState } = useForm<RenameValues, unknown, CallArgs<'org.rename'>>({
    resolver,
    mode: 'onChange',
    defaultValues: { name: unit.name },
  });

  useEffect(() => setFocus('name', { shouldSelect: true }), [setFocus]);

  const save = handleSubmit(async (input) => {
    setRefusal(null);
    try {
      const renamed = await renameUnit.mutateAsync(input);
      onDone(t('units.rename.done', { before: unit.name, name: renamed.name }), renamed.code);
    } catch (error) {
      const data = toErrorData(error);
      setRefusal(data);
      showFieldIssues(data, ['name'], setError, t);
    }
  });

  return (
    <UnitFormCard
      title={t('units.rename.title', { name: unit.name })}
      onSubmit={save}
      submitLabel={t('units.rename.save')}
      busy={formState.isSubmitting}
      onCancel={onCancel}
      refusal={refusal}
      refusalTitle={t('units.rename.failed')}
    >
      <TextField control={control} name="name" label={t('units.rename.name')} required />
    </UnitFormCard>
  );
}
