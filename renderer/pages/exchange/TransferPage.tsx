import type { TFunction } from 'i18next';
import { Alert, Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiErrorData } from '../../../shared/api/errors';
import { TRANSFER_FILE_EXTENSION } from '../../../shared/exchange/transfer-manifest';
import type { TransferVerdict } from '../../../shared/exchange/transfer-outcome';
import type { FilePayload } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { useTransferImport, useTransferPreview } from '../../api/exchangeTransferQueries';
import { PageHeading } from '../../components/PageHeading';
import chooser from '../../components/FileChooser.module.css';
import { readFile } from '../../files/readFile';
import { translateError } from '../../i18n/translateError';
import { usePageTitle } from '../../layout/usePageTitle';
import { ArrivalFields, type Arrival } from './transfer/ArrivalFields';
import { TransferSummaryCard } from './transfer/TransferSummaryCard';

const NO_ARRIVAL: Arrival = { unitCode: '', date: '' };

/** The request's fields the service faulted, by the page's field names. */
function fieldErrors(error: ApiErrorData | null, t: TFunction): Partial<Record<keyof Arrival, string>> {
  const out: Partial<Record<keyof Arrival, string>> = {};
  for (const issue of error?.issues ?? []) {
    if (issue.path === 'date') out.date = t(issue.message, issue.params);
    if (issue.path === 'unitCode') out.unitCode = t(issue.message, issue.params);
  }
  return out;
}

/** Why a file is not received (or was received before), with the rule the history broke when there is one. */
function VerdictNotice({ verdict }: { verdict: TransferVerdict }) {
  const { t } = useTranslation();
  return (
    <Alert variant="light" role={verdict.outcome === 'refused' ? 'alert' : 'status'} title={t(`exchange.transfer.outcome.${verdict.outcome}`)}>
      <Stack gap="xs">
        <Text>{t(verdict.reason, verdict.params)}</Text>
        {verdict.detail && <Text>{t(verdict.detail.message, verdict.detail.params)}</Text>}
        {verdict.memberId !== null && (
          <Anchor component={Link} to={`/members/${verdict.memberId}`}>
            {t('exchange.transfer.page.openMember')}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}

/**
 * Receiving a member's transfer file: choose the file, read what it holds and the sender's key fingerprint (compared by
 * phone when this register does not know the sender's key), choose the unit and day, then enter the member.
 */
export function TransferPage() {
  const { t } = useTranslation();
  usePageTitle(t('exchange.transfer.title'));
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<FilePayload | null>(null);
  const [arrival, setArrival] = useState<Arrival>(NO_ARRIVAL);
  const preview = useTransferPreview();
  const commit = useTransferImport();

  const choose = async (picked: File | undefined) => {
    preview.reset();
    commit.reset();
    setArrival(NO_ARRIVAL);
    setFile(null);
    if (!picked) return;
    const payload = await readFile(picked);
    setFile(payload);
    preview.mutate({ file: payload });
  };
  const clear = () => {
    if (input.current) input.current.value = '';
    void choose(undefined);
  };
  const receive = () => {
    if (!file) return;
    commit.mutate({ file, ...(arrival.unitCode ? { unitCode: arrival.unitCode } : {}), ...(arrival.date.trim() ? { date: arrival.date } : {}) });
  };

  const verdict = preview.data;
  const result = commit.data;
  const commitError = commit.isError ? toErrorData(commit.error) : null;
  const errors = fieldErrors(commitError, t);

  return (
    <Stack gap="xl" maw="72rem">
      <PageHeading>{t('exchange.transfer.title')}</PageHeading>
      <Text>{t('exchange.transfer.page.intro')}</Text>
      <Group>
        <div>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={TRANSFER_FILE_EXTENSION}
            className={chooser.fileInput}
            onChange={(event) => void choose(event.currentTarget.files?.[0])}
          />
          <Button component="label" htmlFor={inputId} variant="default" className={chooser.fileButton}>
            {t('exchange.transfer.page.choose')}
          </Button>
        </div>
        {file && <Text>{file.fileName}</Text>}
      </Group>

      {preview.isPending && <Text role="status">{t('exchange.transfer.page.reading')}</Text>}
      {preview.isError && (
        <Alert variant="light" role="alert" title={t('common.loadFailed')}>
          {translateError(t, toErrorData(preview.error))}
        </Alert>
      )}

      {verdict && !result && (
        <Stack gap="lg">
          {verdict.outcome !== 'accept' && <VerdictNotice verdict={verdict} />}
          {verdict.transfer && <TransferSummaryCard transfer={verdict.transfer} />}
          {verdict.outcome === 'accept' && (
            <Card withBorder padding="lg">
              <Stack gap="md" align="flex-start">
                <ArrivalFields arrival={arrival} onChange={setArrival} errors={errors} />
                {commitError && Object.keys(errors).length === 0 && (
                  <Alert variant="light" role="alert">
                    {translateError(t, commitError)}
                  </Alert>
                )}
                <Button size="md" onClick={receive} loading={commit.isPending}>
                  {t('exchange.transfer.page.commit')}
                </Button>
              </Stack>
            </Card>
          )}
        </Stack>
      )}

      <div role="status">
        {result &&
          (result.outcome === 'accept' ? (
            <Card withBorder padding="lg">
              <Stack gap="sm" align="flex-start">
                <Text fw={700} size="lg">
                  {t('exchange.transfer.page.done', { name: result.transfer?.member.fullName ?? '' })}
                </Text>
                <Text>{t(result.reason, result.params)}</Text>
                {result.backupFile && <Text>{t('exchange.transfer.page.backup', { file: result.backupFile })}</Text>}
                <Group>
                  <Button component={Link} to={`/members/${result.memberId ?? ''}`}>
                    {t('exchange.transfer.page.openMember')}
                  </Button>
                  <Button variant="default" onClick={clear}>
                    {t('exchange.transfer.page.clear')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ) : (
            <VerdictNotice verdict={result} />
          ))}
      </div>
    </Stack>
  );
}
