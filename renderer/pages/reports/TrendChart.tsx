import type { TFunction } from 'i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, XAxis, YAxis } from 'recharts';
import { parsePeriod } from '../../../shared/reports/period';
import type { PeriodReport } from '../../../shared/reports/views';
import { ChartFigure } from './ChartFigure';
import { CHART, CHART_SIZE } from './chartColours';
import { romanQuarter } from './periodChoice';

/** "2026-Q3" → "III/2026", short enough for eight quarters under one axis. */
function quarterTick(code: string): string {
  const period = parsePeriod(code);
  return period?.quarter ? `${romanQuarter(period.quarter)}/${period.year}` : code;
}

/** Đảng số at the end of each of the last eight quarters (a line), with each quarter's admissions and losses (bars). */
export function TrendChart({ t, report }: { t: TFunction; report: PeriodReport }) {
  const data = report.charts.trend.map((point) => ({ ...point, label: quarterTick(point.period) }));
  const total = t('reports.ui.charts.total');
  const admitted = t('reports.ui.charts.admitted');
  const lost = t('reports.ui.charts.lostShort');
  return (
    <ChartFigure
      title={t('reports.ui.charts.trend')}
      columns={[t('reports.ui.charts.quarter'), total, admitted, t('reports.ui.charts.lost')]}
      rows={data.map((point) => [point.label, point.total, point.admitted, point.lost])}
    >
      <ComposedChart {...CHART_SIZE} data={data} margin={{ top: 8, right: 16, left: 0, bottom: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART.grid} vertical={false} />
        <XAxis dataKey="label" stroke={CHART.axis} />
        <YAxis yAxisId="total" allowDecimals={false} stroke={CHART.axis} />
        <YAxis yAxisId="changes" orientation="right" allowDecimals={false} stroke={CHART.axis} />
        <Bar yAxisId="changes" dataKey="admitted" name={admitted} fill={CHART.green} maxBarSize={24} isAnimationActive={false} />
        <Bar yAxisId="changes" dataKey="lost" name={lost} fill={CHART.red} maxBarSize={24} isAnimationActive={false} />
        <Line
          yAxisId="total"
          dataKey="total"
          name={total}
          stroke={CHART.blue}
          strokeWidth={3}
          dot={{ r: 4, fill: CHART.blue }}
          isAnimationActive={false}
        />
        <Legend />
      </ComposedChart>
    </ChartFigure>
  );
}
