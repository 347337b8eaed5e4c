import { useCallback, useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract, type CallArgs } from '../../../shared/api/contract';
import type { ApiErrorData } from '../../../shared/api/errors';
import type { OrgUnit } from '../../../shared/members/views';
import type { OrgKind } from '../../../shared/org/kinds';
import { toErrorData } from '../../api/ApiCallError';
import { useAddUnit } from '../../api/organisationQueries';
import { TextField } from '../../forms/fields';
import { useSchemaResolver } from '../../forms/useSchemaResolver';
import { CodeInput } from '../setup/CodeInput';
import { KindChoice } from '../setup/KindChoice';
import { showFieldIssues } from './refusal';
import { UnitFormCard } from './UnitFormCard';

interface AddValues {
  name: string;
  code: string;
  /** Undefined until the user chooses: no kind is guessed for them. */
  kind?: OrgKind;
}

const EMPTY: AddValues = { name: '', code: '' };

interface AddUnitFormProps {
  parent: OrgUnit;
  onDone: (message: string, code: string) => void;
  onCancel: () => void;
}

/**
 * A new unit under `parent`, checked as it is typed with the very schema of the `org.add` call. A code already used
 * in the register is refused by the service; the reason shows under the code and above the buttons.
 */
export function AddUnitForm({ parent, onDone, onCancel }: AddUnitFormProps) {
  const { t } = useTranslation();
  const addUnit = useAddUnit();
  const [refusal, setRefusal] = useState<ApiErrorData | null>(null);
  const prepare = useCallback((values: AddValues) => ({ ...values, parentCode: parent.code }), [parent.code]);
  const resolver = useSchemaResolver<AddValues, CallArgs<'org.add'>>(contract['org.add'].input, prepare);
  const { control, handleSubmit, setError, setFocus, formState } = useForm<AddValues, unknown, CallArgs<'org.add'>>({
    resolver,
    mode: 'onChange',
    defaultValues: EMPTY,
  });

  useEffect(() => setFocus('name'), [setFocus]);

  const save = handleSubmit(async (input) => {
    setRefusal(null);
    try {
      const unit = await addUnit.mutateAsync(input);
      onDone(t('units.add.done', { name: unit.name, code: unit.code, parent: parent.name }), unit.code);
    } catch (error) {
      const data = toErrorData(error);
      setRefusal(data);
      showFieldIssues(data, ['name', 'code', 'kind'], setError, t);
    }
  });

  return (
    <UnitFormCard
      title={t('units.add.title', { parent: parent.name })}
      onSubmit={save}
      submitLabel={t('units.add.save')}
      busy={formState.isSubmitting}
      onCancel={onCancel}
      refusal={refusal}
      refusalTitle={t('units.add.failed')}
    >
      <TextField control={control} name="name" label={t('units.add.name')} placeholder={t('units.add.namePlaceholder')} required />
      <Controller
        control={control}
        name="code"
        render={({ field, fieldState }) => (
          <CodeInput
            {...field}
            label={t('units.add.code')}
            description={t('units.add.codeHelp')}
            placeholder={t('units.add.codePlaceholder')}
            error={fieldState.error?.message}
            required
          />
        )}
      />
      <Controller
        control={control}
        name="kind"
        render={({ field, fieldState }) => (
          <KindChoice value={field.value} onChange={field.onChange} error={fieldState.error?.message} firstChoiceRef={field.ref} />
        )}
      />
    </UnitFormCard>
  );
}
