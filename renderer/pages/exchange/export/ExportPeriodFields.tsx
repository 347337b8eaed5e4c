import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/dates/calendar';
import { parsePeriod, type Period, type PeriodKind } from '../../../../shared/reports/period';
import { PERIOD_KINDS, periodCodeOf, romanQuarter, yearChoices } from '../../reports/periodChoice';
import classes from '../Exchange.module.css';

/** The period to export, chosen by kind, quarter and year as on the reports page (the same helpers). */
export function ExportPeriodFields({ period, today, onChange }: { period: Period; today: IsoDate; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const quarter = period.quarter ?? 4;
  const choose = (kind: PeriodKind, year: number, q: number) => {
    const chosen = parsePeriod(periodCodeOf(kind, year, q));
    if (chosen) onChange(chosen);
  };
  return (
    <fieldset className={classes.chooser}>
      <legend className={classes.legend}>{t('exchange.export.period.legend')}</legend>
      <Group gap="md" align="flex-end">
        <NativeSelect
          label={t('exchange.export.period.kind')}
          size="md"
          data={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`exchange.export.period.kinds.${kind}`) }))}
          value={period.kind}
          onChange={(event) => choose(event.currentTarget.value as PeriodKind, period.year, quarter)}
        />
        {period.kind === 'quarter' && (
          <NativeSelect
            label={t('exchange.export.period.quarter')}
            size="md"
            data={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('exchange.export.period.quarterOption', { roman: romanQuarter(q) }) }))}
            value={String(quarter)}
            onChange={(event) => choose('quarter', period.year, Number(event.currentTarget.value))}
          />
        )}
        <NativeSelect
          label={t('exchange.export.period.year')}
          size="md"
          data={yearChoices(today).map(String)}
          value={String(period.year)}
          onChange={(event) => choose(period.kind, Number(event.currentTarget.value), quarter)}
        />
      </Group>
    </fieldset>
  );
}
