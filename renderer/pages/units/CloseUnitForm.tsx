import { Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract, type CallArgs } from '../../../shared/api/contract';
import type { ApiErrorData } from '../../../shared/api/errors';
import { formatViDate } from '../../../shared/dates/calendar';
import type { OrgUnit } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { useCloseUnit } from '../../api/organisationQueries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../forms/fields';
import { useSchemaResolver } from '../../forms/useSchemaResolver';
import { showFieldIssues } from './refusal';
import { UnitFormCard } from './UnitFormCard';

interface CloseValues {
  closedOn: string;
}

interface CloseUnitFormProps {
  unit: OrgUnit;
  onDone: (message: string, code: string) => void;
  onCancel: () => void;
}

/**
 * Records the unit as closed from a day typed dd/mm/yyyy, after asking once more: a closed unit takes no new unit or
 * member. While units are open under it or members take part in it from that day on, the service refuses, saying how
 * many, and nothing changes.
 */
export function CloseUnitForm({ unit, onDone, onCancel }: CloseUnitFormProps) {
  const { t } = useTranslation();
  const closeUnit = useCloseUnit();
  const [refusal, setRefusal] = useState<ApiErrorData | null>(null);
  const [toConfirm, setToConfirm] = useState<CallArgs<'org.close'> | null>(null);
  const prepare = useCallback((values: CloseValues) => ({ ...values, code: unit.code }), [unit.code]);
  const resolver = useSchemaResolver<CloseValues, CallArgs<'org.close'>>(contract['org.close'].input, prepare);
  const { control, handleSubmit, setError, setFocus } = useForm<CloseValues, unknown, CallArgs<'org.close'>>({
    resolver,
    mode: 'onChange',
    defaultValues: { closedOn: '' },
  });

  useEffect(() => setFocus('closedOn'), [setFocus]);

  const ask = handleSubmit((input) => {
    setRefusal(null);
    setToConfirm(input);
  });

  const confirm = async () => {
    if (!toConfirm) return;
    try {
      const closed = await closeUnit.mutateAsync(toConfirm);
      setToConfirm(null);
      onDone(t('units.close.done', { name: closed.name, date: formatViDate(toConfirm.closedOn) }), closed.code);
    } catch (error) {
      const data = toErrorData(error);
      setToConfirm(null);
      setRefusal(data);
      showFieldIssues(data, ['closedOn'], setError, t);
    }
  };

  return (
    <UnitFormCard
      title={t('units.close.title', { name: unit.name })}
      onSubmit={ask}
      submitLabel={t('units.close.save')}
      busy={closeUnit.isPending}
      onCancel={onCancel}
      refusal={refusal}
      refusalTitle={t('units.close.failed')}
    >
      <Text>{t('units.close.help')}</Text>
      <DateField control={control} name="closedOn" label={t('units.close.date')} required />
      <ConfirmDialog
        open={toConfirm !== null}
        title={t('units.close.confirmTitle', { name: unit.name })}
        text={toConfirm ? t('units.close.confirmText', { name: unit.name, code: unit.code, date: formatViDate(toConfirm.closedOn) }) : ''}
        confirmLabel={t('units.close.confirm')}
        cancelLabel={t('units.close.keep')}
        busy={closeUnit.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setToConfirm(null)}
      />
    </UnitFormCard>
  );
}
