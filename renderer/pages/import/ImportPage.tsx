import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FilePayload } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { useImportCommit, useImportPreview, useMemberTemplate } from '../../api/importQueries';
import { PageHeading } from '../../components/PageHeading';
import { readFile } from '../../files/readFile';
import { saveFile } from '../../files/saveFile';
import { translateError } from '../../i18n/translateError';
import { usePageTitle } from '../../layout/usePageTitle';
import classes from './ImportPage.module.css';
import { ImportPreviewView } from './ImportPreviewView';
import chooser from '../../components/FileChooser.module.css';

function Step({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Stack gap="md" align="flex-start">
        <Title order={2} size="h3" id={titleId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * Members from a spreadsheet in three steps: the template, the filled file, the preview. The file is read in full
 * before anything is written; the import is all or nothing, so it is offered only when the file has no problem left.
 */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('members.importPage.title'));
  const fileInputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<FilePayload | null>(null);
  const template = useMemberTemplate();
  const preview = useImportPreview();
  const commit = useImportCommit();

  const choose = async (chosen: File | undefined) => {
    setFile(null);
    preview.reset();
    commit.reset();
    if (!chosen) return;
    const payload = await readFile(chosen);
    setFile(payload);
    preview.mutate(payload);
  };

  const importFile = () => {
    if (!file) return;
    commit.mutate(file, {
      onSuccess: () => {
        // The file is in the register now: choosing it again would only find every member already there.
        setFile(null);
        preview.reset();
        if (fileInput.current) fileInput.current.value = '';
      },
    });
  };

  return (
    <Stack gap="xl" maw="64rem">
      <PageHeading>{t('members.importPage.title')}</PageHeading>
      <Text>{t('members.importPage.intro')}</Text>

      <Step title={t('members.importPage.templateStep')}>
        <Text>{t('members.importPage.templateHelp')}</Text>
        <Button variant="default" disabled={template.isPending} onClick={() => template.mutate(undefined, { onSuccess: saveFile })}>
          {t('members.importPage.downloadTemplate')}
        </Button>
        {template.isError && (
          <Alert title={t('members.importPage.templateFailed')} variant="light">
            {translateError(t, toErrorData(template.error))}
          </Alert>
        )}
      </Step>

      <Step title={t('members.importPage.fileStep')}>
        {/* The browser's own chooser speaks the system's language; ours is a button in Vietnamese that opens it. */}
        <div>
          <input
            ref={fileInput}
            id={fileInputId}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={chooser.fileInput}
            onChange={(event) => void choose(event.currentTarget.files?.[0])}
          />
          <Button component="label" htmlFor={fileInputId} variant="default" className={chooser.fileButton}>
            {t('members.importPage.file')}
          </Button>
        </div>
        {file && <Text>{t('members.importPage.chosen', { file: file.fileName })}</Text>}
        {preview.isPending && <Text role="status">{t('members.importPage.reading')}</Text>}
        {preview.isError && (
          <Alert title={t('members.importPage.readFailed')} variant="light">
            {translateError(t, toErrorData(preview.error))}
          </Alert>
        )}
      </Step>

      {file && preview.data && (
        <ImportPreviewView
          fileName={file.fileName}
          preview={preview.data}
          importing={commit.isPending}
          onImport={importFile}
          failure={commit.isError ? toErrorData(commit.error) : null}
        />
      )}

      <div role="status">
        {commit.data && (
          <Card withBorder padding="lg" className={classes.done}>
            <Stack gap="sm" align="flex-start">
              <Text fw={700} size="lg">
                {t('members.importPage.done', { added: commit.data.added, events: commit.data.events })}
              </Text>
              {commit.data.backupPath && <Text>{t('members.importPage.backup', { path: commit.data.backupPath })}</Text>}
              <Button component={Link} to="/members">
                {t('members.importPage.openList')}
              </Button>
            </Stack>
          </Card>
        )}
      </div>
    </Stack>
  );
}
