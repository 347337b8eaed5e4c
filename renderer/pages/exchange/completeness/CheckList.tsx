import { List, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { findingText } from '../../../../shared/exchange/checks/finding-text';
import type { CrossUnitFinding, CrossUnitFindingKind } from '../../../../shared/exchange/checks/findings';
import { FINDING_KINDS } from '../../../../shared/exchange/checks/order';
import { parsePeriod } from '../../../../shared/reports/period';
import { periodInSentence } from '../../reports/describeReport';

function periodText(t: TFunction, code: string): string {
  const period = parsePeriod(code);
  return period ? periodInSentence(t, period) : code;
}

function FindingGroup({ kind, findings }: { kind: CrossUnitFindingKind; findings: CrossUnitFinding[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Stack gap={4} component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId}>
        {t(`exchange.checks.kinds.${kind}`)} ({findings.length})
      </Title>
      <Text size="sm">{t(`exchange.checks.hints.${kind}`)}</Text>
      <List size="sm" spacing={4} aria-labelledby={titleId}>
        {findings.map((finding, index) => (
          <List.Item key={index}>{findingText(t, finding, (code) => periodText(t, code))}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/**
 * The cross-unit checks of the period: each kind of finding under its heading with what to do about it, in the order
 * `crossUnitChecks` gives them; a sentence saying so when there is none.
 */
export function CheckList({ findings }: { findings: CrossUnitFinding[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Stack gap="md" component="section" aria-labelledby={titleId}>
      <Title order={2} id={titleId}>
        {t('exchange.checks.title')}
      </Title>
      <Text>{t('exchange.checks.intro')}</Text>
      {findings.length === 0 ? (
        <Text>{t('exchange.checks.none')}</Text>
      ) : (
        FINDING_KINDS.map((kind) => {
          const ofKind = findings.filter((finding) => finding.kind === kind);
          return ofKind.length > 0 && <FindingGroup key={kind} kind={kind} findings={ofKind} />;
        })
      )}
    </Stack>
  );
}
