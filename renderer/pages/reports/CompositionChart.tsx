import type { TFunction } from 'i18next';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { formatViDate } from '../../../shared/dates/calendar';
import { indicatorLabelKey, type IndicatorKey } from '../../../shared/reports/indicators';
import type { PeriodReport } from '../../../shared/reports/views';
import { ChartFigure } from './ChartFigure';
import { CHART, CHART_SIZE } from './chartColours';

const GROUPS: IndicatorKey[] = [
  'members.official',
  'members.probationary',
  'members.female',
  'members.ethnic_minority',
  'members.age_18_30',
  'members.age_31_40',
  'members.age_41_50',
  'members.age_51_60',
  'members.age_61_70',
  'members.age_over_70',
];

/** The membership on the last day by group: official and probationary, women, ethnic minorities, age bands. */
export function CompositionChart({ t, report }: { t: TFunction; report: PeriodReport }) {
  const data = GROUPS.map((key) => ({ name: t(indicatorLabelKey(key)), count: report.totals[key] ?? 0 }));
  const title = t('reports.ui.charts.composition', { date: formatViDate(report.asOf) });
  return (
    <ChartFigure
      title={title}
      columns={[t('reports.ui.charts.category'), t('reports.ui.charts.count')]}
      rows={data.map((row) => [row.name, row.count])}
    >
      <BarChart {...CHART_SIZE} height={380} data={data} layout="vertical" margin={{ left: 16, right: 40 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} stroke={CHART.axis} />
        <YAxis type="category" dataKey="name" width={230} stroke={CHART.axis} interval={0} />
        <Bar dataKey="count" name={t('reports.ui.charts.count')} fill={CHART.blue} isAnimationActive={false}>
          <LabelList dataKey="count" position="right" fill={CHART.axis} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
