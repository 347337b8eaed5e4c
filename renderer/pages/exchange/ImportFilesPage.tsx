import { Alert, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isImportSuccess } from '../../../shared/exchange/import-outcome';
import type { FilePayload } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { useExchangeImportCommit, useExchangeImportPreview } from '../../api/exchangeImportQueries';
import { PageHeading } from '../../components/PageHeading';
import { readFile } from '../../files/readFile';
import { translateError } from '../../i18n/translateError';
import { usePageTitle } from '../../layout/usePageTitle';
import { droppedExchangeFiles, exchangeFilesOf } from './import/chosenFiles';
import classes from './import/ImportFilesPage.module.css';
import { VerdictTable } from './import/VerdictTable';
import chooser from '../../components/FileChooser.module.css';

/**
 * Receiving units' files at the committee: drop or choose .scb files (or a folder), see what each would do, trust
 * unknown senders after comparing their fingerprint by phone, re-pin a changed key deliberately, then import with a
 * progress bar. Refused files are logged and skipped; the others import.
 */
export function ImportFilesPage() {
  const { t } = useTranslation();
  usePageTitle(t('exchange.import.page.title'));
  const filesId = useId();
  const folderId = useId();
  const folderInput = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<FilePayload[]>([]);
  const [dragging, setDragging] = useState(false);
  const [trusted, setTrusted] = useState<Set<string>>(new Set());
  const [repinned, setRepinned] = useState<Set<string>>(new Set());
  const [done, setDone] = useState(0);
  const preview = useExchangeImportPreview();
  const commit = useExchangeImportCommit();

  // React has no typed prop for choosing a folder; the attribute is set on the element itself.
  useEffect(() => {
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const choose = async (chosen: File[]) => {
    preview.reset();
    commit.reset();
    setTrusted(new Set());
    setRepinned(new Set());
    setDone(0);
    const payloads = await Promise.all(chosen.map((file) => readFile(file)));
    setFiles(payloads);
    if (payloads.length > 0) preview.mutate(payloads);
  };

  const importFiles = () => {
    const repin = [...repinned].map((entry) => {
      const [unitCode = '', ...rest] = entry.split(' ');
      return { unitCode, fingerprint: rest.join(' ') };
    });
    setDone(0);
    commit.mutate({ files, trust: [...trusted], repin, onProgress: setDone });
  };

  const verdicts = preview.data ?? [];
  const result = commit.data;
  const refused = result ? result.files.filter((verdict) => !isImportSuccess(verdict.outcome)).length : 0;

  return (
    <Stack gap="xl" maw="72rem">
      <PageHeading>{t('exchange.import.page.title')}</PageHeading>
      <Text>{t('exchange.import.page.intro')}</Text>

      <div
        className={`${classes.dropZone} ${dragging ? classes.dropZoneActive : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void droppedExchangeFiles(event.dataTransfer).then(choose);
        }}
      >
        <Stack gap="md" align="flex-start">
          <Text fw={600}>{t('exchange.import.page.drop')}</Text>
          <Group>
            <div>
              <input
                id={filesId}
                type="file"
                multiple
                accept=".scb"
                className={chooser.fileInput}
                onChange={(event) => void choose(exchangeFilesOf(event.currentTarget.files ?? []))}
              />
              <Button component="label" htmlFor={filesId} variant="default" className={chooser.fileButton}>
                {t('exchange.import.page.chooseFiles')}
              </Button>
            </div>
            <div>
              <input
                ref={folderInput}
                id={folderId}
                type="file"
                multiple
                className={chooser.fileInput}
                onChange={(event) => void choose(exchangeFilesOf(event.currentTarget.files ?? []))}
              />
              <Button component="label" htmlFor={folderId} variant="default" className={chooser.fileButton}>
                {t('exchange.import.page.chooseFolder')}
              </Button>
            </div>
          </Group>
        </Stack>
      </div>

      {preview.isPending && <Text role="status">{t('exchange.import.page.reading', { count: files.length })}</Text>}
      {preview.isError && (
        <Alert variant="light" title={t('common.loadFailed')}>
          {translateError(t, toErrorData(preview.error))}
        </Alert>
      )}

      {verdicts.length > 0 && !result && (
        <Stack gap="md">
          <VerdictTable
            verdicts={verdicts}
            caption={t('exchange.import.page.previewCaption', { count: verdicts.length })}
            choices={{
              trusted,
              onTrust: (fingerprint, on) =>
                setTrusted((current) => {
                  const next = new Set(current);
                  if (on) next.add(fingerprint);
                  else next.delete(fingerprint);
                  return next;
                }),
              repinned,
              onRepin: (unitCode, fingerprint) => setRepinned((current) => new Set(current).add(`${unitCode} ${fingerprint}`)),
            }}
          />
          <Group>
            <Button onClick={importFiles} loading={commit.isPending}>
              {t('exchange.import.page.commit')}
            </Button>
          </Group>
        </Stack>
      )}

      {(commit.isPending || result) && (
        <Stack gap={4}>
          <Text id={`${filesId}-progress`}>{t('exchange.import.page.progress', { done, total: files.length })}</Text>
          <Progress.Root size="lg">
            <Progress.Section
              value={files.length === 0 ? 0 : (done / files.length) * 100}
              aria-labelledby={`${filesId}-progress`}
              aria-valuetext={t('exchange.import.page.progress', { done, total: files.length })}
            />
          </Progress.Root>
        </Stack>
      )}
      {commit.isError && (
        <Alert variant="light" title={t('exchange.import.page.resultTitle')}>
          {translateError(t, toErrorData(commit.error))}
        </Alert>
      )}

      <div role="status">
        {result && (
          <Card withBorder padding="lg" className={classes.done}>
            <Stack gap="md">
              <Text fw={700} size="lg">
                {t('exchange.import.page.summary', { ok: result.files.length - refused, refused })}
              </Text>
              {result.backupFile && <Text>{t('exchange.import.page.backup', { file: result.backupFile })}</Text>}
              <VerdictTable verdicts={result.files} caption={t('exchange.import.page.resultTitle')} />
              <Group>
                <Button variant="default" onClick={() => void choose([])}>
                  {t('exchange.import.page.clear')}
                </Button>
                <Button component={Link} to="/exchange/history" variant="default">
                  {t('exchange.import.page.history')}
                </Button>
                <Button component={Link} to="/exchange/completeness" variant="default">
                  {t('exchange.completeness.open')}
                </Button>
              </Group>
            </Stack>
          </Card>
        )}
      </div>
    </Stack>
  );
}
