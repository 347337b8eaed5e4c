import { Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { CallArgs } from '../../../shared/api/contract';
import type { ApiErrorData } from '../../../shared/api/errors';
import type { OrgUnit } from '../../../shared/members/views';
import { orgCodeSchema } from '../../../shared/org/schemas';
import { toErrorData } from '../../api/ApiCallError';
import { useMoveUnit } from '../../api/organisationQueries';
import { SelectField } from '../../forms/fields';
import { useSchemaResolver } from '../../forms/useSchemaResolver';
import { showFieldIssues } from './refusal';
import { moveTargets } from './unitTree';
import { UnitFormCard } from './UnitFormCard';

interface MoveValues {
  parentCode: string;
}

/**
 * The `org.move` call's input, with a parent not yet chosen told as a choice to make (the contract's own message asks
 * for a code to be typed).
 */
const moveSchema = z
  .object({
    code: orgCodeSchema,
    parentCode: z.string().min(1, { error: 'validation.move_parent_required', abort: true }).pipe(orgCodeSchema),
  })
  .strict();

interface MoveUnitFormProps {
  unit: OrgUnit;
  units: readonly OrgUnit[];
  onDone: (message: string, code: string) => void;
  onCancel: () => void;
}

/** The unit, with what is below it, goes under another open unit chosen from those where it can go. */
export function MoveUnitForm({ unit, units, onDone, onCancel }: MoveUnitFormProps) {
  const { t } = useTranslation();
  const moveUnit = useMoveUnit();
  const [refusal, setRefusal] = useState<ApiErrorData | null>(null);
  const targets = moveTargets(units, unit);
  const prepare = useCallback((values: MoveValues) => ({ ...values, code: unit.code }), [unit.code]);
  const resolver = useSchemaResolver<MoveValues, CallArgs<'org.move'>>(moveSchema, prepare);
  const { control, handleSubmit, setError, setFocus, setValue, formState } = useForm<MoveValues, unknown, CallArgs<'org.move'>>({
    resolver,
    mode: 'onChange',
    defaultValues: { parentCode: '' },
  });

  useEffect(() => setFocus('parentCode'), [setFocus]);

  // The tree is read again after a refusal (it may have changed elsewhere); a choice no longer offered is undone.
  const chosen = useWatch({ control, name: 'parentCode' });
  const stillOffered = chosen === '' || targets.some((target) => target.code === chosen);
  useEffect(() => {
    if (!stillOffered) setValue('parentCode', '');
  }, [stillOffered, setValue]);

  const save = handleSubmit(async (input) => {
    setRefusal(null);
    const parent = targets.find((target) => target.code === input.parentCode);
    try {
      const moved = await moveUnit.mutateAsync(input);
      onDone(t('units.move.done', { name: moved.name, parent: parent?.name ?? input.parentCode }), moved.code);
    } catch (error) {
      const data = toErrorData(error);
      setRefusal(data);
      showFieldIssues(data, ['parentCode'], setError, t);
    }
  });

  return (
    <UnitFormCard
      title={t('units.move.title', { name: unit.name })}
      onSubmit={save}
      submitLabel={t('units.move.save')}
      busy={formState.isSubmitting}
      onCancel={onCancel}
      refusal={refusal}
      refusalTitle={t('units.move.failed')}
      canSubmit={targets.length > 0}
    >
      {targets.length === 0 ? (
        <Text fw={500}>{t('units.move.none', { name: unit.name })}</Text>
      ) : (
        <SelectField
          control={control}
          name="parentCode"
          label={t('units.move.parent')}
          description={t('units.move.help')}
          required
          emptyLabel={t('units.move.choose')}
          options={targets.map((target) => ({ value: target.code, label: t('units.move.option', { name: target.name, code: target.code }) }))}
        />
      )}
    </UnitFormCard>
  );
}
