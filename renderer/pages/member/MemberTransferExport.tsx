import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { useTransferExport } from '../../api/exchangeTransferQueries';
import { saveFile } from '../../files/saveFile';
import { translateError } from '../../i18n/translateError';
import { KeyCardField, type ChosenCard } from '../exchange/KeyCardField';

/**
 * For a member who has left by an official transfer out: the signed file the receiving unit imports, optionally
 * encrypted to its key card. The service refuses (in words) when the last departure is not an official transfer out.
 */
export function MemberTransferExport({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [card, setCard] = useState<ChosenCard | null>(null);
  const exporting = useTransferExport();
  if (member.state.status !== 'transferred_out') return null;

  const exportFile = () =>
    exporting.mutate(
      { memberId: member.id, ...(card ? { encryptTo: card.file } : {}) },
      { onSuccess: (exported) => saveFile(exported.file) },
    );
  const done = exporting.data?.summary;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Stack gap="md" align="flex-start">
        <Title order={2} size="h3" id={titleId}>
          {t('exchange.transfer.export.title')}
        </Title>
        <Text>{t('exchange.transfer.export.intro', { name: member.record.fullName })}</Text>
        <KeyCardField words="exchange.transfer.export.card" chosen={card} onChange={setCard} />
        <Button onClick={exportFile} loading={exporting.isPending}>
          {t('exchange.transfer.export.button')}
        </Button>
        {exporting.isError && (
          <Alert variant="light" role="alert">
            {translateError(t, toErrorData(exporting.error))}
          </Alert>
        )}
        {done && (
          <Alert variant="light" role="status">
            <Text>{t('exchange.transfer.export.done', { file: done.fileName, fingerprint: done.fingerprint })}</Text>
            {done.encryptedTo && <Text>{t('exchange.transfer.export.doneEncrypted', done.encryptedTo)}</Text>}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
