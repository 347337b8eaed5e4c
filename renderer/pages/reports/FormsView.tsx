import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdmissionsTable, EthnicityTable, Form1Table, Form3Table, ReligionTable } from './FormTables';
import { ReportPart, ReportPiece } from './ReportPart';
import classes from './Reports.module.css';
import { useReport } from './useReport';

/** Biểu 1-TCTW … 4-TCTW: the statistical forms' tables, each under its own heading. */
export function FormsView() {
  const { t, i18n } = useTranslation();
  const { report } = useReport();
  const language = i18n.language;
  return (
    <ReportPart title={t('reports.ui.sections.forms')}>
      <Text>{t('reports.ui.forms.intro')}</Text>
      <ReportPiece title={t('reports.ui.forms.form1')}>
        <Form1Table t={t} language={language} caption={t('reports.ui.forms.form1')} report={report} />
      </ReportPiece>
      <ReportPiece title={t('reports.ui.forms.form2')}>
        {report.composition.admissions.length === 0 ? (
          <Text>{t('reports.ui.forms.admissionsEmpty')}</Text>
        ) : (
          <AdmissionsTable t={t} caption={t('reports.ui.forms.form2')} rows={report.composition.admissions} showUnit={report.units.length > 1} />
        )}
      </ReportPiece>
      <ReportPiece title={t('reports.ui.forms.form3')}>
        <Form3Table t={t} language={language} caption={t('reports.ui.forms.form3')} report={report} />
      </ReportPiece>
      <ReportPiece title={t('reports.ui.forms.form4')}>
        <div className={classes.pair}>
          <EthnicityTable t={t} language={language} caption={t('reports.ui.forms.ethnicities')} report={report} />
          <ReligionTable t={t} language={language} caption={t('reports.ui.forms.religions')} report={report} />
        </div>
      </ReportPiece>
    </ReportPart>
  );
}
