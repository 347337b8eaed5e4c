import { Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatViDate } from '../../../../shared/dates/calendar';
import type { TransferSummary } from '../../../../shared/exchange/transfer-outcome';
import { DetailList, type Detail } from '../../../components/DetailList';
import classes from '../Exchange.module.css';

/**
 * What the transfer file holds, read before anything is written: the member, the sending unit and its transfer out,
 * and the sending unit's key fingerprint in groups of five, to compare by phone when this register does not know it.
 */
export function TransferSummaryCard({ transfer }: { transfer: TransferSummary }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { member, sender, transferOut } = transfer;
  const details: Detail[] = [
    { term: t('exchange.transfer.page.member'), value: t('exchange.transfer.page.memberValue', { name: member.fullName, birthDate: formatViDate(member.birthDate) }) },
    { term: t('exchange.transfer.page.card'), value: member.partyCardNumber ?? '—' },
    { term: t('exchange.transfer.page.citizenId'), value: member.citizenId ?? '—' },
    { term: t('exchange.transfer.page.status'), value: t(`member.status.${member.status}`) },
    { term: t('exchange.transfer.page.admittedOn'), value: member.admittedOn ? formatViDate(member.admittedOn) : '—' },
    { term: t('exchange.transfer.page.officialOn'), value: member.officialOn ? formatViDate(member.officialOn) : '—' },
    { term: t('exchange.transfer.page.sender'), value: t('exchange.transfer.page.senderValue', sender) },
    // A committee's member was registered in one of its units: named apart from the committee.
    ...(transfer.senderUnit.code === sender.code
      ? []
      : [{ term: t('exchange.transfer.page.senderUnit'), value: t('exchange.transfer.page.senderValue', transfer.senderUnit) }]),
    {
      term: t('exchange.transfer.page.transferOut'),
      value: t('exchange.transfer.page.transferOutValue', { date: formatViDate(transferOut.date), otherUnit: transferOut.otherUnit }),
    },
    { term: t('exchange.transfer.page.decision'), value: transferOut.decisionNumber ?? '—' },
    { term: t('exchange.transfer.page.events'), value: t('exchange.transfer.page.eventsValue', { kept: transfer.eventsKept, inFile: transfer.eventsInFile }) },
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={titleId}>
          {t('exchange.transfer.page.previewTitle')}
        </Title>
        <DetailList details={details} />
        <Stack gap={4}>
          <Text fw={600}>{t('exchange.transfer.page.fingerprint')}</Text>
          <Text className={classes.fingerprint}>{transfer.fingerprint}</Text>
          <Text>{t(transfer.keyStatus === 'pinned' ? 'exchange.transfer.page.keyPinned' : 'exchange.transfer.page.keyUnknown')}</Text>
        </Stack>
      </Stack>
    </Card>
  );
}
