import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../shared/members/views';
import { PERIOD_KINDS, periodCodeOf, romanQuarter, yearChoices } from './periodChoice';
import classes from './Reports.module.css';
import type { ReportAddress } from './useReportAddress';

/** The units a report may cover: the home unit and those under it, in tree order, indented by depth. */
function unitOptions(units: OrgUnit[], homeLabel: (name: string) => string) {
  const home = units.find((unit) => unit.isHome);
  if (!home) return [];
  const options: { value: string; label: string }[] = [];
  const visit = (unit: OrgUnit, depth: number) => {
    options.push({ value: depth === 0 ? '' : unit.code, label: depth === 0 ? homeLabel(unit.name) : `${'\u00a0\u00a0'.repeat(depth)}${unit.name}` });
    units
      .filter((child) => child.parentCode === unit.code && !child.isHome)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .forEach((child) => visit(child, depth + 1));
  };
  visit(home, 0);
  return options;
}

/**
 * The period (its kind, year and quarter) and, for a committee's register, the unit whose subtree is reported (the
 * whole committee by default). A cell's register has no unit to choose.
 */
export function ReportChooser({ address, units }: { address: ReportAddress; units: OrgUnit[] }) {
  const { t } = useTranslation();
  const { period } = address;
  const quarter = period.quarter ?? 4;
  const unitChoices = unitOptions(units, (name) => t('reports.ui.choose.unitHome', { name }));
  return (
    <fieldset className={classes.chooser}>
      <legend className={classes.legend}>{t('reports.ui.choose.legend')}</legend>
      <Group gap="md" align="flex-end">
        <NativeSelect
          label={t('reports.ui.choose.kind')}
          size="md"
          data={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`reports.ui.choose.kinds.${kind}`) }))}
          value={period.kind}
          onChange={(event) => address.setPeriod(periodCodeOf(event.currentTarget.value as typeof period.kind, period.year, quarter))}
        />
        {period.kind === 'quarter' && (
          <NativeSelect
            label={t('reports.ui.choose.quarter')}
            size="md"
            data={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('reports.ui.choose.quarterOption', { roman: romanQuarter(q) }) }))}
            value={String(quarter)}
            onChange={(event) => address.setPeriod(periodCodeOf('quarter', period.year, Number(event.currentTarget.value)))}
          />
        )}
        <NativeSelect
          label={t('reports.ui.choose.year')}
          size="md"
          data={yearChoices(address.today).map(String)}
          value={String(period.year)}
          onChange={(event) => address.setPeriod(periodCodeOf(period.kind, Number(event.currentTarget.value), quarter))}
        />
        {unitChoices.length > 1 && (
          <NativeSelect
            label={t('reports.ui.choose.unit')}
            size="md"
            data={unitChoices}
            value={address.orgCode ?? ''}
            onChange={(event) => address.setOrgCode(event.currentTarget.value || undefined)}
          />
        )}
      </Group>
    </fieldset>
  );
}
