import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttendanceChart } from './AttendanceChart';
import { CompositionChart } from './CompositionChart';
import { ReportPart } from './ReportPart';
import { TrendChart } from './TrendChart';
import { useReport } from './useReport';

/** Biểu đồ: the membership's make-up, its change over two years, and attendance month by month. */
export function ChartsView() {
  const { t, i18n } = useTranslation();
  const { report } = useReport();
  return (
    <ReportPart title={t('reports.ui.sections.charts')}>
      <Text>{t('reports.ui.charts.intro')}</Text>
      <CompositionChart t={t} report={report} />
      <TrendChart t={t} report={report} />
      <AttendanceChart t={t} language={i18n.language} report={report} />
    </ReportPart>
  );
}
