import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toIsoDate, type IsoDate } from '../../../shared/dates/calendar';
import type { Period } from '../../../shared/reports/period';
import { toErrorData } from '../../api/ApiCallError';
import { useExportFile } from '../../api/exchangeExportQueries';
import { PageHeading } from '../../components/PageHeading';
import { saveFile } from '../../files/saveFile';
import { translateError } from '../../i18n/translateError';
import { usePageTitle } from '../../layout/usePageTitle';
import { defaultPeriod } from '../reports/periodChoice';
import { ExportHistory } from './export/ExportHistory';
import { ExportPeriodFields } from './export/ExportPeriodFields';
import { OwnKeyCard } from './export/OwnKeyCard';
import { KeyCardField, type ChosenCard } from './KeyCardField';

function todayOnThisComputer(): IsoDate {
  const now = new Date();
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/**
 * The period's exchange file for the upper level: choose the period (the last ended quarter by default), optionally
 * the parent's key card, one button that makes the file and downloads it. Below, the files made so far and the unit's
 * own key card with the fingerprint to read aloud.
 */
export function ExportPage() {
  const { t } = useTranslation();
  usePageTitle(t('exchange.export.title'));
  const [today] = useState(todayOnThisComputer);
  const [period, setPeriod] = useState<Period>(() => defaultPeriod(today));
  const [card, setCard] = useState<ChosenCard | null>(null);
  const exporting = useExportFile();

  const exportFile = () =>
    exporting.mutate(
      { period: period.code, ...(card ? { encryptTo: card.file } : {}) },
      { onSuccess: (exported) => saveFile(exported.file) },
    );
  const done = exporting.data?.summary;

  return (
    <Stack gap="lg">
      <PageHeading>{t('exchange.export.title')}</PageHeading>
      <Text>{t('exchange.export.intro')}</Text>
      <Card withBorder padding="lg">
        <Stack gap="lg" align="flex-start">
          <ExportPeriodFields
            period={period}
            today={today}
            onChange={(chosen) => {
              setPeriod(chosen);
              exporting.reset();
            }}
          />
          <KeyCardField words="exchange.export.card" chosen={card} onChange={setCard} />
          <Button size="md" onClick={exportFile} loading={exporting.isPending}>
            {t('exchange.export.submit')}
          </Button>
          {exporting.isPending && <Text role="status">{t('exchange.export.working')}</Text>}
          {exporting.isError && (
            <Alert variant="light" role="alert">
              {translateError(t, toErrorData(exporting.error))}
            </Alert>
          )}
          {done && (
            <Alert variant="light" role="status">
              <Text>{t('exchange.export.done', { file: done.fileName, revision: done.revision })}</Text>
              {done.encryptedTo && <Text>{t('exchange.export.doneEncrypted', done.encryptedTo)}</Text>}
            </Alert>
          )}
        </Stack>
      </Card>
      <ExportHistory />
      <OwnKeyCard />
    </Stack>
  );
}
