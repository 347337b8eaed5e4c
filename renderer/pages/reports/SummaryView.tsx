import { useTranslation } from 'react-i18next';
import { IdentityCheck } from './IdentityCheck';
import { periodInSentence } from './describeReport';
import { catalogueGroups, IndicatorTable } from './IndicatorTable';
import { ReportPart, ReportPiece } from './ReportPart';
import { ReportSources } from './ReportSources';
import { useReport } from './useReport';

/** Tổng hợp: the membership balance first (a violation is the first thing to see), then every indicator. */
export function SummaryView() {
  const { t, i18n } = useTranslation();
  const { report } = useReport();
  return (
    <ReportPart title={t('reports.ui.sections.summary')}>
      <ReportPiece title={t('reports.ui.summary.identityTitle')}>
        <IdentityCheck t={t} report={report} />
      </ReportPiece>
      <ReportSources />
      <ReportPiece title={t('reports.ui.summary.indicatorsTitle')}>
        <IndicatorTable
          t={t}
          language={i18n.language}
          caption={t('reports.ui.summary.indicatorsCaption', { period: periodInSentence(t, report.period) })}
          groups={catalogueGroups(t, report)}
          report={report}
          perUnit={report.units.length > 1}
        />
      </ReportPiece>
    </ReportPart>
  );
}
