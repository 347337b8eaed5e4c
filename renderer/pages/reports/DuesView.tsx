import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { periodInSentence } from './describeReport';
import { DuesTable } from './DuesTable';
import { ReportPart } from './ReportPart';
import { useReport } from './useReport';

/** Đảng phí: each month of the period and the totals. */
export function DuesView() {
  const { t } = useTranslation();
  const { report } = useReport();
  return (
    <ReportPart title={t('reports.ui.sections.dues')}>
      {report.dues.months.length === 0 ? (
        <Text>{t('reports.ui.dues.empty')}</Text>
      ) : (
        <DuesTable t={t} caption={t('reports.ui.dues.caption', { period: periodInSentence(t, report.period) })} dues={report.dues} />
      )}
    </ReportPart>
  );
}
