import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { formatViDate } from '../../../shared/dates/calendar';
import type { DocumentFacts, PeriodReport } from '../../../shared/reports/views';
import { IdentityCheck } from './IdentityCheck';
import { catalogueGroups, IndicatorTable } from './IndicatorTable';
import { dateLine, numberLine, onBehalfLine, partTitle, periodSubtitle, upper } from './documentWords';
import { DuesTable } from './DuesTable';
import { AdmissionsTable, EthnicityTable, Form1Table, Form3Table, ReligionTable } from './FormTables';
import { RecommendationTable } from './KtgsTables';
import { MemberTable } from './MemberTable';
import { RatingTable } from './RatingTable';
import classes from './ReportDocument.module.css';

/** Beyond this many units the per-unit columns no longer fit across A4; the forms still give each unit's figures. */
const UNIT_COLUMNS_ON_PAPER = 4;

function Header({ t, report, facts }: { t: TFunction; report: PeriodReport; facts: DocumentFacts }) {
  return (
    <div className={classes.heading}>
      <div>
        {report.org.parent && <p>{upper(report.org.parent.name)}</p>}
        <p className={classes.strong}>{upper(report.org.name)}</p>
        <p>{t('reports.document.header.star')}</p>
        <p>{numberLine(t, facts.number, report.org.kind)}</p>
      </div>
      <div>
        <p className={classes.underlined}>{t('reports.document.header.party')}</p>
        <p className={classes.dated}>{dateLine(t, facts.place, report.generatedOn)}</p>
      </div>
    </div>
  );
}

function Part({ index, title, children }: { index: number; title: string; children: ReactNode }) {
  return (
    <section className={classes.part}>
      <h3>{partTitle(index, title)}</h3>
      {children}
    </section>
  );
}

function Signature({ t, report }: { t: TFunction; report: PeriodReport }) {
  return (
    <div className={classes.signatures}>
      <div className={classes.recipients}>
        <p className={classes.recipientsTitle}>{t('reports.document.signature.recipients')}</p>
        {report.org.parent && <p>{t('reports.document.signature.recipientParent', { parent: report.org.parent.name })}</p>}
        <p>{t('reports.document.signature.recipientArchive')}</p>
      </div>
      <div className={classes.signer}>
        <p className={classes.strong}>{onBehalfLine(t, report.org.kind)}</p>
        <p className={classes.strong}>{t('reports.document.signature.secretary')}</p>
      </div>
    </div>
  );
}

/**
 * The report as the cell files and sends it: the party document's header (the unit, "Số …-BC/CB", place and date,
 * "ĐẢNG CỘNG SẢN VIỆT NAM"), the title, every table, and the signature "T/M CHI BỘ / BÍ THƯ". Always worded in
 * Vietnamese (`t` is the Vietnamese translator): it is a party document, whatever language the screen is in.
 */
export function ReportDocument({ t, report, facts }: { t: TFunction; report: PeriodReport; facts: DocumentFacts }) {
  const language = 'vi';
  const showUnit = report.units.length > 1;
  const table = (key: string, params?: Record<string, unknown>) => t(`reports.document.table.${key}`, params ?? {});
  return (
    <article className={classes.sheet} lang="vi" aria-label={t('reports.ui.print.document')}>
      <Header t={t} report={report} facts={facts} />
      <div className={classes.title}>
        <h2>{t('reports.document.title')}</h2>
        <p>{periodSubtitle(t, report.period)}</p>
        <p className={classes.asOf}>{t('reports.document.asOf', { date: formatViDate(report.asOf) })}</p>
      </div>
      <Part index={0} title={table('summary')}>
        <IdentityCheck t={t} report={report} />
        <IndicatorTable
          t={t}
          language={language}
          caption={table('summary')}
          groups={catalogueGroups(t, report)}
          report={report}
          perUnit={showUnit && report.units.length <= UNIT_COLUMNS_ON_PAPER}
        />
      </Part>
      <Part index={1} title={table('members')}>
        <MemberTable
          t={t}
          caption={t('reports.ui.members.caption', { date: formatViDate(report.asOf), count: report.members.length })}
          rows={report.members}
          firstIndex={1}
          showUnit={showUnit}
          linked={false}
        />
      </Part>
      <Part index={2} title={t('reports.ui.sections.forms')}>
        <Form1Table t={t} language={language} caption={table('form1')} report={report} />
        {report.composition.admissions.length === 0 ? (
          <p>
            {table('form2')}: {t('reports.document.value.noRows')}
          </p>
        ) : (
          <AdmissionsTable t={t} caption={table('form2')} rows={report.composition.admissions} showUnit={showUnit} />
        )}
        <Form3Table t={t} language={language} caption={table('form3')} report={report} />
        <EthnicityTable t={t} language={language} caption={table('form4Ethnicity')} report={report} />
        <ReligionTable t={t} language={language} caption={table('form4Religion')} report={report} />
      </Part>
      <Part index={3} title={table('rating', { year: report.ratings.year })}>
        <RatingTable t={t} caption={table('rating', { year: report.ratings.year })} summary={report.ratings} />
      </Part>
      <Part index={4} title={table('ktgs')}>
        <p>{t('reports.ui.ktgs.received', { count: report.ktgs.received })}</p>
        <p>{t('reports.ui.ktgs.conducted', { count: report.ktgs.conducted })}</p>
        {report.ktgs.overdue.length > 0 && (
          <RecommendationTable t={t} caption={table('ktgsOverdue')} lines={report.ktgs.overdue} linked={false} />
        )}
        {report.ktgs.open.length > 0 && <RecommendationTable t={t} caption={table('ktgsOpen')} lines={report.ktgs.open} linked={false} />}
      </Part>
      <Part index={5} title={table('dues')}>
        <DuesTable t={t} caption={table('dues')} dues={report.dues} />
      </Part>
      <Signature t={t} report={report} />
    </article>
  );
}
