import { useTranslation } from 'react-i18next';
import { RatingTable } from './RatingTable';
import { ReportPart } from './ReportPart';
import { useReport } from './useReport';

/** Xếp loại: the rating of the year the period ends in, per unit and in total. */
export function RatingsView() {
  const { t } = useTranslation();
  const { report } = useReport();
  return (
    <ReportPart title={t('reports.ui.sections.ratings')}>
      <RatingTable t={t} caption={t('reports.ui.ratings.caption', { year: report.ratings.year })} summary={report.ratings} />
    </ReportPart>
  );
}
