import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { KtgsSummary } from '../../../shared/reports/views';
import { RecommendationTable } from './KtgsTables';
import { ReportPart, ReportPiece } from './ReportPart';
import { useReport } from './useReport';

/** The counts of the period and both lists of recommendations, each with a word when it is empty. */
export function KtgsContent({ t, ktgs, linked }: { t: TFunction; ktgs: KtgsSummary; linked: boolean }) {
  const overdue = t('reports.ui.ktgs.overdue', { count: ktgs.overdue.length });
  const open = t('reports.ui.ktgs.open', { count: ktgs.open.length });
  return (
    <>
      <Text>{t('reports.ui.ktgs.received', { count: ktgs.received })}</Text>
      <Text>{t('reports.ui.ktgs.conducted', { count: ktgs.conducted })}</Text>
      <ReportPiece title={overdue}>
        {ktgs.overdue.length === 0 ? (
          <Text>{t('reports.ui.ktgs.overdueEmpty')}</Text>
        ) : (
          <RecommendationTable t={t} caption={overdue} lines={ktgs.overdue} linked={linked} />
        )}
      </ReportPiece>
      <ReportPiece title={open}>
        {ktgs.open.length === 0 ? (
          <Text>{t('reports.ui.ktgs.openEmpty')}</Text>
        ) : (
          <RecommendationTable t={t} caption={open} lines={ktgs.open} linked={linked} />
        )}
      </ReportPiece>
    </>
  );
}

/** Kiểm tra, giám sát: received and conducted during the period; the recommendations overdue and still open. */
export function KtgsView() {
  const { t } = useTranslation();
  const { report } = useReport();
  return (
    <ReportPart title={t('reports.ui.sections.ktgs')}>
      <KtgsContent t={t} ktgs={report.ktgs} linked />
    </ReportPart>
  );
}
