import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorData } from '../../../shared/api/errors';
import type { ImportPreview } from '../../../shared/members/views';
import { translateError } from '../../i18n/translateError';
import { PreviewMembersTable } from './PreviewMembersTable';
import { ProblemsTable } from './ProblemsTable';

interface ImportPreviewViewProps {
  fileName: string;
  preview: ImportPreview;
  importing: boolean;
  onImport: () => void;
  failure: ApiErrorData | null;
}

/**
 * What the chosen file would add, and every problem that stops it. With problems, the statement that nothing will be
 * imported comes first and the import button stays disabled: the user fixes the file and chooses it again.
 */
export function ImportPreviewView({ fileName, preview, importing, onImport, failure }: ImportPreviewViewProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const problemsId = useId();
  const membersId = useId();
  const problemsTextId = useId();
  const count = preview.members.length;
  const hasProblems = preview.problems.length > 0;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Stack gap="lg" align="stretch">
        <Title order={2} size="h3" id={titleId}>
          {t('members.importPage.previewStep')}
        </Title>
        <Text fw={500}>
          {t(hasProblems ? 'members.importPage.summaryWithProblems' : 'members.importPage.summary', {
            file: fileName,
            members: count,
            events: preview.eventCount,
          })}
        </Text>

        {hasProblems && (
          <Stack gap="sm">
            <Alert id={problemsTextId} title={t('members.importPage.problemsTitle')} variant="light">
              {t('members.importPage.problemsText', { count: preview.problems.length })}
            </Alert>
            <Title order={3} id={problemsId}>
              {t('members.importPage.problemsTable')}
            </Title>
            <ProblemsTable problems={preview.problems} labelledBy={problemsId} />
          </Stack>
        )}

        {count > 0 ? (
          <Stack gap="sm">
            <Title order={3} id={membersId}>
              {hasProblems ? t('members.importPage.soundMembersTable') : t('members.importPage.membersTable')}
            </Title>
            <PreviewMembersTable members={preview.members} labelledBy={membersId} />
          </Stack>
        ) : (
          !hasProblems && <Text>{t('members.importPage.noMembers')}</Text>
        )}

        {failure && (
          <Alert title={t('members.importPage.commitFailed')} variant="light">
            {translateError(t, failure)}
          </Alert>
        )}
        <div>
          {hasProblems ? (
            <Button size="lg" disabled aria-describedby={problemsTextId}>
              {t('members.importPage.commitBlocked')}
            </Button>
          ) : (
            <Button size="lg" disabled={count === 0 || importing} onClick={onImport}>
              {importing ? t('members.importPage.committing') : t('members.importPage.commit', { count })}
            </Button>
          )}
        </div>
      </Stack>
    </Card>
  );
}
