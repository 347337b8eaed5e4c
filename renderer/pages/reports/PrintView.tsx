import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toErrorData } from '../../api/ApiCallError';
import { useReportPdf, useReportXlsx } from '../../api/reportQueries';
import { saveFile } from '../../files/saveFile';
import { translateError } from '../../i18n/translateError';
import { useDocumentFacts } from './documentFacts';
import { ReportDocument } from './ReportDocument';
import { ReportPart } from './ReportPart';
import classes from './Reports.module.css';
import { useReport } from './useReport';

/** A download's refusal, said in words under the buttons. */
function Failure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Text role="alert" c="var(--mantine-color-error)">
      {t('reports.ui.print.failed')}: {translateError(t, toErrorData(error))}
    </Text>
  );
}

/**
 * In và lưu: the number and place of the document, the buttons that print it, save it as PDF (made by the register,
 * fonts embedded) or export it to Excel, and the document itself as it will print.
 */
export function PrintView() {
  const { t, i18n } = useTranslation();
  const { report, address } = useReport();
  const [facts, setFacts] = useDocumentFacts();
  const pdf = useReportPdf();
  const xlsx = useReportXlsx();
  const query = address.orgCode ? { period: report.period.code, orgCode: address.orgCode } : { period: report.period.code };
  return (
    <Stack gap="lg">
      <div className={classes.screenOnly}>
        <ReportPart title={t('reports.ui.sections.print')}>
          <Text maw="52rem">{t('reports.ui.print.intro')}</Text>
          <Group gap="md" align="flex-start">
            <TextInput
              label={t('reports.ui.print.number')}
              description={t('reports.ui.print.numberHelp')}
              size="md"
              maxLength={40}
              value={facts.number}
              onChange={(event) => setFacts({ ...facts, number: event.currentTarget.value })}
            />
            <TextInput
              label={t('reports.ui.print.place')}
              description={t('reports.ui.print.placeHelp')}
              size="md"
              maxLength={80}
              value={facts.place}
              onChange={(event) => setFacts({ ...facts, place: event.currentTarget.value })}
            />
          </Group>
          <Group gap="md">
            <Button onClick={() => window.print()}>{t('reports.ui.print.print')}</Button>
            <Button variant="default" disabled={pdf.isPending} onClick={() => pdf.mutate({ ...query, ...facts }, { onSuccess: saveFile })}>
              {pdf.isPending ? t('reports.ui.print.pdfSaving') : t('reports.ui.print.pdf')}
            </Button>
            <Button variant="default" disabled={xlsx.isPending} onClick={() => xlsx.mutate(query, { onSuccess: saveFile })}>
              {xlsx.isPending ? t('reports.ui.print.xlsxSaving') : t('reports.ui.print.xlsx')}
            </Button>
          </Group>
          {pdf.isError && <Failure error={pdf.error} />}
          {xlsx.isError && <Failure error={xlsx.error} />}
        </ReportPart>
      </div>
      <ReportDocument t={i18n.getFixedT('vi')} report={report} facts={facts} />
    </Stack>
  );
}
