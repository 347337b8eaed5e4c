import type { TFunction } from 'i18next';
import { formatViDate } from '../../../shared/dates/calendar';
import { indicatorLabelKey, PERIOD_KEYS, SNAPSHOT_KEYS, YEAR_KEYS, type IndicatorKey } from '../../../shared/reports/indicators';
import type { PeriodReport } from '../../../shared/reports/views';
import { indicatorText } from './describeReport';
import { FromFile } from './ReportSources';
import classes from './ReportTable.module.css';
import { TableScroller } from './TableScroller';

export interface IndicatorGroup {
  /** A row heading the group; none for a table of one group. */
  title?: string;
  keys: readonly IndicatorKey[];
}

interface IndicatorTableProps {
  t: TFunction;
  language: string;
  caption: string;
  groups: IndicatorGroup[];
  report: PeriodReport;
  /** A committee's report also shows each unit's own figures, a column per unit. */
  perUnit: boolean;
}

/** Every indicator of the catalogue in its three groups, as the summary shows them. */
export function catalogueGroups(t: TFunction, report: PeriodReport): IndicatorGroup[] {
  return [
    { title: t('reports.ui.summary.groups.snapshot', { date: formatViDate(report.asOf) }), keys: SNAPSHOT_KEYS },
    { title: t('reports.ui.summary.groups.period'), keys: PERIOD_KEYS },
    { title: t('reports.ui.summary.groups.year', { year: report.ratings.year }), keys: YEAR_KEYS },
  ];
}

/**
 * Indicators with their names as rows and the total as a column (and, for a committee, each unit's own figure, a
 * column per unit: the units' columns add up to the total).
 */
export function IndicatorTable({ t, language, caption, groups, report, perUnit }: IndicatorTableProps) {
  const units = perUnit ? report.units : [];
  const columnCount = 2 + units.length;
  return (
    <TableScroller label={caption}>
      <table className={units.length === 0 ? `${classes.table} ${classes.narrow}` : classes.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.ui.summary.indicator')}</th>
            <th scope="col" className={classes.number}>
              {t('reports.ui.summary.total')}
            </th>
            {units.map((row) => (
              <th scope="col" key={row.unit.code} className={classes.number}>
                {row.unit.name}
                {row.source && <FromFile t={t} code={row.source} />}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.keys[0]}>
            {group.title && (
              <tr className={classes.group}>
                <th scope="rowgroup" colSpan={columnCount}>
                  {group.title}
                </th>
              </tr>
            )}
            {group.keys.map((key) => (
              <tr key={key}>
                <th scope="row" className={group.title ? `${classes.rowHeading} ${classes.indented}` : classes.rowHeading}>
                  {t(indicatorLabelKey(key))}
                </th>
                <td className={classes.number}>{indicatorText(t, key, report.totals[key], language)}</td>
                {units.map((row) => (
                  <td key={row.unit.code} className={classes.number}>
                    {indicatorText(t, key, row.indicators[key], language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableScroller>
  );
}
