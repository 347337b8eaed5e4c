import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../../shared/members/views';
import { useOrgUnits } from '../../../api/organisationQueries';
import { DateInput } from '../../../components/DateInput';

export interface Arrival {
  /** '' for the home unit. */
  unitCode: string;
  /** As typed, dd/mm/yyyy; '' for today. */
  date: string;
}

const openUnits = (units: OrgUnit[]) => units.filter((unit) => unit.closedOn === null);

/**
 * Where and from which day the member is entered: the unit only when the register keeps more than one (a committee),
 * the day of the transfer in (today when left empty). Errors come from the service, on the field at fault.
 */
export function ArrivalFields({
  arrival,
  onChange,
  errors,
}: {
  arrival: Arrival;
  onChange: (arrival: Arrival) => void;
  errors: Partial<Record<keyof Arrival, string>>;
}) {
  const { t } = useTranslation();
  const units = useOrgUnits(openUnits).data ?? [];
  return (
    <Group align="flex-start" gap="lg">
      {units.length > 1 && (
        <NativeSelect
          size="md"
          label={t('exchange.transfer.page.unit')}
          value={arrival.unitCode || (units.find((unit) => unit.isHome)?.code ?? '')}
          error={errors.unitCode}
          onChange={(event) => onChange({ ...arrival, unitCode: event.currentTarget.value })}
          data={units.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
        />
      )}
      <DateInput
        size="md"
        label={t('exchange.transfer.page.date')}
        description={t('exchange.transfer.page.dateHelp')}
        value={arrival.date}
        error={errors.date}
        onChange={(event) => onChange({ ...arrival, date: event.currentTarget.value })}
      />
    </Group>
  );
}
