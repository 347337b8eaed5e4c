import type { TFunction } from 'i18next';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { formatViMonth } from '../../../shared/dues/months';
import type { PeriodReport } from '../../../shared/reports/views';
import { ChartFigure } from './ChartFigure';
import { percentText } from './describeReport';
import { CHART, CHART_SIZE } from './chartColours';

/** Each month of the period: the average share of expected members present at its meetings, as a percentage. */
export function AttendanceChart({ t, language, report }: { t: TFunction; language: string; report: PeriodReport }) {
  const data = report.charts.attendance.map((month) => ({
    label: formatViMonth(month.month),
    meetings: month.meetings,
    percent: month.rate === null ? null : Math.round(month.rate * 1000) / 10,
    rateText: month.rate === null ? t('reports.ui.charts.noMeetings') : percentText(month.rate, language),
  }));
  return (
    <ChartFigure
      title={t('reports.ui.charts.attendance')}
      columns={[t('reports.ui.charts.month'), t('reports.ui.charts.meetings'), t('reports.ui.charts.rate')]}
      rows={data.map((month) => [month.label, month.meetings, month.rateText])}
    >
      <BarChart {...CHART_SIZE} data={data} margin={{ top: 24, right: 16, left: 0, bottom: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART.grid} vertical={false} />
        <XAxis dataKey="label" stroke={CHART.axis} interval={0} />
        <YAxis domain={[0, 100]} tickFormatter={(value: number) => `${value} %`} stroke={CHART.axis} />
        <Bar dataKey="percent" name={t('reports.ui.charts.rate')} fill={CHART.blue} maxBarSize={64} isAnimationActive={false}>
          <LabelList dataKey="rateText" position="top" fill={CHART.axis} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
