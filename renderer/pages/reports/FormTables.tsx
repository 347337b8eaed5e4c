import type { TFunction } from 'i18next';
import { formatViDate } from '../../../shared/dates/calendar';
import type { AdmissionRow, CountRow, PeriodReport } from '../../../shared/reports/views';
import { ethnicityName, religionName } from './describeReport';
import { IndicatorTable, type IndicatorGroup } from './IndicatorTable';
import classes from './ReportTable.module.css';
import { TableScroller } from './TableScroller';
import { FORM_1_AGE_KEYS, FORM_1_CHANGE_KEYS, FORM_1_KEYS, FORM_3_KEYS } from '../../../shared/reports/forms';

interface FormProps {
  t: TFunction;
  language: string;
  caption: string;
  report: PeriodReport;
}

export function Form1Table({ t, language, caption, report }: FormProps) {
  const groups: IndicatorGroup[] = [
    { title: t('reports.ui.summary.groups.snapshot', { date: formatViDate(report.asOf) }), keys: [...FORM_1_KEYS, ...FORM_1_AGE_KEYS] },
    { title: t('reports.ui.summary.groups.period'), keys: FORM_1_CHANGE_KEYS },
  ];
  return (
    <IndicatorTable t={t} language={language} caption={caption} groups={groups} report={report} perUnit={report.units.length > 1} />
  );
}

export function Form3Table({ t, language, caption, report }: FormProps) {
  return (
    <IndicatorTable
      t={t}
      language={language}
      caption={caption}
      groups={[{ keys: FORM_3_KEYS }]}
      report={report}
      perUnit={report.units.length > 1}
    />
  );
}

/** Form 2-TCTW: each member admitted during the period. */
export function AdmissionsTable({ t, caption, rows, showUnit }: { t: TFunction; caption: string; rows: AdmissionRow[]; showUnit: boolean }) {
  const column = (key: string) => t(`reports.ui.members.columns.${key}`);
  return (
    <TableScroller label={caption}>
      <table className={classes.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={classes.number}>
              {column('index')}
            </th>
            <th scope="col">{column('fullName')}</th>
            <th scope="col">{column('gender')}</th>
            <th scope="col">{column('birthDate')}</th>
            <th scope="col" className={classes.number}>
              {t('reports.ui.forms.ageAtAdmission')}
            </th>
            <th scope="col">{column('ethnicity')}</th>
            <th scope="col">{column('religion')}</th>
            <th scope="col">{column('qualification')}</th>
            <th scope="col">{column('admittedOn')}</th>
            {showUnit && <th scope="col">{column('unit')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.unitCode}:${index}`}>
              <td className={classes.number}>{index + 1}</td>
              <th scope="row" className={`${classes.rowHeading} ${classes.nowrap}`}>
                {row.fullName}
              </th>
              <td>{t(`member.gender.${row.gender}`)}</td>
              <td className={classes.nowrap}>{formatViDate(row.birthDate)}</td>
              <td className={classes.number}>{row.ageAtAdmission}</td>
              <td>{ethnicityName(row.ethnicity)}</td>
              <td>{religionName(row.religion)}</td>
              <td>{row.qualification ? t(`member.qualification.${row.qualification}`) : ''}</td>
              <td className={classes.nowrap}>{formatViDate(row.admittedOn)}</td>
              {showUnit && <td>{row.unitName}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}

interface CountTableProps {
  t: TFunction;
  language: string;
  caption: string;
  nameHeader: string;
  rows: CountRow[];
  nameOf: (code: string) => string;
}

/** Form 4-TCTW: members counted by a coded value (ethnicity, religion), with the total. */
function CountTable({ t, language, caption, nameHeader, rows, nameOf }: CountTableProps) {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const number = (value: number) => value.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <TableScroller label={caption}>
      <table className={classes.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col" className={classes.number}>
              {t('reports.ui.forms.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" className={classes.rowHeading}>
                {nameOf(row.code)}
              </th>
              <td className={classes.number}>{number(row.count)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reports.ui.forms.total')}</th>
            <td className={classes.number}>{number(total)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroller>
  );
}

export function EthnicityTable({ t, language, caption, report }: FormProps) {
  return (
    <CountTable
      t={t}
      language={language}
      caption={caption}
      nameHeader={t('reports.ui.forms.ethnicity')}
      rows={report.composition.ethnicities}
      nameOf={ethnicityName}
    />
  );
}

export function ReligionTable({ t, language, caption, report }: FormProps) {
  return (
    <CountTable
      t={t}
      language={language}
      caption={caption}
      nameHeader={t('reports.ui.forms.religion')}
      rows={report.composition.religions}
      nameOf={religionName}
    />
  );
}
