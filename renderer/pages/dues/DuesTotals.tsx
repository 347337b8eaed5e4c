import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuesTotals as Totals } from '../../../shared/dues/ledger';
import { DetailList } from '../../components/DetailList';
import { formatVnd } from '../../format/money';

/** Owed, collected, and the collection's split between this cell and the committee above, with the rule. */
export function DuesTotals({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const kept =
    totals.keptVnd === null
      ? t('dues.year.notApplicable')
      : totals.keepPercent === null
        ? formatVnd(totals.keptVnd)
        : t('dues.totals.keptPercent', { amount: formatVnd(totals.keptVnd), percent: totals.keepPercent });
  const remitted =
    totals.remittedVnd === null
      ? t('dues.year.notApplicable')
      : totals.keepPercent === null
        ? formatVnd(totals.remittedVnd)
        : t('dues.totals.keptPercent', { amount: formatVnd(totals.remittedVnd), percent: 100 - totals.keepPercent });
  return (
    <>
      <DetailList
        details={[
          { term: t('dues.totals.expected'), value: formatVnd(totals.expectedVnd) },
          { term: t('dues.totals.collected'), value: formatVnd(totals.collectedVnd) },
          { term: t('dues.totals.kept'), value: kept },
          { term: t('dues.totals.remitted'), value: remitted },
          { term: t('dues.totals.arrears'), value: formatVnd(totals.arrearsVnd) },
        ]}
      />
      {totals.keptVnd === null && <Text c="dimmed">{t('dues.totals.noRetention')}</Text>}
      {totals.retentionRule !== null && <Text c="dimmed">{t('dues.totals.retentionRule', { rule: totals.retentionRule })}</Text>}
      {totals.unknownCount > 0 && <Text>{t('dues.totals.unknown', { count: totals.unknownCount })}</Text>}
    </>
  );
}
