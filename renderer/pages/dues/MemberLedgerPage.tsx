import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toIsoDate } from '../../../shared/dates/calendar';
import { formatViMonth } from '../../../shared/dues/months';
import type { MemberLedger } from '../../../shared/dues/views';
import { findRuleOn } from '../../../shared/rules/dated';
import { DUES_RELIEFS } from '../../../shared/rules/dues';
import { toErrorData } from '../../api/ApiCallError';
import { useDeleteBasis, useDeleteRelief, useMemberDues } from '../../api/duesQueries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailList } from '../../components/DetailList';
import { PageHeading } from '../../components/PageHeading';
import { useYearParam, YearSelect } from '../../components/YearSelect';
import { QueryState } from '../../components/QueryState';
import { translateError } from '../../i18n/translateError';
import { usePageTitle } from '../../layout/usePageTitle';
import { BasisForm } from './BasisForm';
import classes from './Dues.module.css';
import { dueNote, expectedText, paymentText, reliefText, windowText } from './describeDues';
import { formatVnd } from '../../format/money';
import { ReliefForm } from './ReliefForm';
import { SectionCard } from '../../components/SectionCard';

/** The "3 months in a year without paying" count in words, with its rule: an alert once the count is reached. */
function WarningText({ ledger }: { ledger: MemberLedger }) {
  const { t } = useTranslation();
  const { warning, year } = ledger;
  if (!warning) return null;
  const months = warning.unpaidMonths.map(formatViMonth).join(', ');
  const params = { year, count: warning.unpaidMonths.length, months, threshold: warning.threshold, rule: warning.rule };
  if (warning.reached) {
    return (
      <Alert title={t('dues.ledger.warningTitle')} variant="light">
        {t('dues.ledger.warning', params)}
      </Alert>
    );
  }
  return <Text>{warning.unpaidMonths.length === 0 ? t('dues.ledger.allPaid', { year }) : t('dues.ledger.unpaidCount', params)}</Text>;
}

function MonthsTable({ ledger }: { ledger: MemberLedger }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3" id={captionId}>
        {t('dues.ledger.caption', { year: ledger.year })}
      </Title>
      <div className={classes.scroller}>
        <Table aria-labelledby={captionId} fz="md" verticalSpacing="sm" className={classes.sheet}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dues.ledger.columns.month')}</Table.Th>
              <Table.Th scope="col">{t('dues.ledger.columns.expected')}</Table.Th>
              <Table.Th scope="col">{t('dues.ledger.columns.paid')}</Table.Th>
              <Table.Th scope="col">{t('dues.ledger.columns.paidOn')}</Table.Th>
              <Table.Th scope="col">{t('dues.ledger.columns.arrears')}</Table.Th>
              <Table.Th scope="col">{t('dues.ledger.columns.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ledger.months.map((line) => (
              <Table.Tr key={line.month}>
                <Table.Th scope="row">{formatViMonth(line.month)}</Table.Th>
                <Table.Td className={classes.money}>{line.dueHere ? expectedText(line.expectedVnd) : '—'}</Table.Td>
                <Table.Td className={classes.money}>{line.payment ? formatVnd(line.payment.amountVnd) : t('dues.ledger.notPaid')}</Table.Td>
                <Table.Td>{line.payment ? paymentText(t, line.payment) : ''}</Table.Td>
                <Table.Td className={classes.money}>{formatVnd(line.arrearsVnd)}</Table.Td>
                <Table.Td>{dueNote(t, line)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <DetailList
        details={[
          { term: t('dues.ledger.paidYear'), value: formatVnd(ledger.paidYearVnd) },
          { term: t('dues.ledger.arrearsYear'), value: formatVnd(ledger.arrearsYearVnd) },
        ]}
      />
    </Stack>
  );
}

type Deleting = { what: 'basis' | 'relief'; id: number; month: string } | null;

function BasesAndReliefs({ ledger }: { ledger: MemberLedger }) {
  const { t } = useTranslation();
  const basisCaption = useId();
  const reliefCaption = useId();
  const [deleting, setDeleting] = useState<Deleting>(null);
  const deleteBasis = useDeleteBasis();
  const deleteRelief = useDeleteRelief();
  const failed = deleteBasis.error ?? deleteRelief.error;
  const now = new Date();
  const rules = findRuleOn(DUES_RELIEFS, toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }))?.value ?? null;
  const ask = (what: 'basis' | 'relief', id: number, month: string) => {
    deleteBasis.reset();
    deleteRelief.reset();
    setDeleting({ what, id, month: formatViMonth(month) });
  };

  return (
    <>
      {failed && (
        <Alert title={t('dues.ledger.deleteFailed')} variant="light" role="alert">
          {translateError(t, toErrorData(failed))}
        </Alert>
      )}
      <SectionCard title={t('dues.ledger.bases')} help={t('dues.ledger.basesHelp')}>
        <Stack gap="lg">
          {ledger.bases.length === 0 ? (
            <Text>{t('dues.ledger.basesEmpty')}</Text>
          ) : (
            <div className={classes.scroller}>
              <Text id={basisCaption} className={classes.visuallyHidden}>
                {t('dues.ledger.basisCaption')}
              </Text>
              <Table aria-labelledby={basisCaption} fz="md" verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dues.ledger.columnsBasis.from')}</Table.Th>
                    <Table.Th scope="col">{t('dues.ledger.columnsBasis.category')}</Table.Th>
                    <Table.Th scope="col">{t('dues.ledger.columnsBasis.amount')}</Table.Th>
                    <Table.Th scope="col">{t('dues.ledger.columnsBasis.note')}</Table.Th>
                    <Table.Th scope="col">{t('dues.ledger.columnsBasis.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ledger.bases.map((basis) => (
                    <Table.Tr key={basis.id}>
                      <Table.Th scope="row">{formatViMonth(basis.fromMonth)}</Table.Th>
                      <Table.Td>{t(`dues.category.${basis.category}`)}</Table.Td>
                      <Table.Td className={classes.money}>{basis.amountVnd === null ? '—' : formatVnd(basis.amountVnd)}</Table.Td>
                      <Table.Td>{basis.note ?? ''}</Table.Td>
                      <Table.Td>
                        <Button
                          variant="default"
                          aria-label={t('dues.ledger.deleteBasisLabel', { month: formatViMonth(basis.fromMonth) })}
                          onClick={() => ask('basis', basis.id, basis.fromMonth)}
                        >
                          {t('dues.ledger.delete')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
          <Title order={3} size="h4">
            {t('dues.basisForm.title')}
          </Title>
          <BasisForm memberId={ledger.memberId} />
        </Stack>
      </SectionCard>
      <SectionCard title={t('dues.ledger.reliefs')} help={t('dues.ledger.reliefsHelp')}>
        <Stack gap="lg">
          {ledger.reliefs.length === 0 ? (
            <Text>{t('dues.ledger.reliefsEmpty')}</Text>
          ) : (
            <div className={classes.scroller}>
              <Text id={reliefCaption} className={classes.visuallyHidden}>
                {t('dues.ledger.reliefCaption')}
              </Text>
              <Table aria-labelledby={reliefCaption} fz="md" verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dues.ledger.columnsRelief.window')}</Table.Th>
                    <Table.Th scope="col">{t('dues.ledger.columnsRelief.kind')}</Table.Th>
                    <Table.Th scope="col">{t('dues.ledger.columnsRelief.note')}</Table.Th>
                    <Table.Th scope="col">{t('dues.ledger.columnsRelief.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ledger.reliefs.map((relief) => (
                    <Table.Tr key={relief.id}>
                      <Table.Th scope="row">{windowText(t, relief)}</Table.Th>
                      <Table.Td>{reliefText(t, relief)}</Table.Td>
                      <Table.Td>{relief.note ?? ''}</Table.Td>
                      <Table.Td>
                        <Button
                          variant="default"
                          aria-label={t('dues.ledger.deleteReliefLabel', { month: formatViMonth(relief.fromMonth) })}
                          onClick={() => ask('relief', relief.id, relief.fromMonth)}
                        >
                          {t('dues.ledger.delete')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
          <Title order={3} size="h4">
            {t('dues.reliefForm.title')}
          </Title>
          <ReliefForm memberId={ledger.memberId} rules={rules} />
        </Stack>
      </SectionCard>
      <ConfirmDialog
        open={deleting !== null}
        title={t('dues.ledger.confirmTitle')}
        text={
          deleting === null
            ? ''
            : t(deleting.what === 'basis' ? 'dues.ledger.confirmBasis' : 'dues.ledger.confirmRelief', { month: deleting.month })
        }
        confirmLabel={t('dues.ledger.confirm')}
        cancelLabel={t('dues.ledger.keep')}
        busy={deleteBasis.isPending || deleteRelief.isPending}
        onConfirm={() => {
          if (!deleting) return;
          const mutation = deleting.what === 'basis' ? deleteBasis : deleteRelief;
          mutation.mutate({ id: deleting.id }, { onSettled: () => setDeleting(null) });
        }}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}

/** A member's dues for a year: the twelve months, the removal count with its rule, the bases and reliefs to edit. */
export function MemberLedgerPage({ memberId }: { memberId: number }) {
  const { t } = useTranslation();
  const { year, choices, setYear } = useYearParam(1);
  const ledger = useMemberDues(memberId, year);
  usePageTitle(ledger.data ? t('dues.ledger.title', { name: ledger.data.fullName }) : t('dues.ledger.fallbackTitle'));

  return (
    <Stack gap="xl" maw="80rem">
      <Anchor component={Link} to="/dues" size="md">
        <span aria-hidden="true">← </span>
        {t('dues.ledger.back')}
      </Anchor>
      <QueryState query={ledger} failedTitle={t('dues.ledger.loadFailed')}>
        {(data) => (
          <>
            <Group justify="space-between" align="flex-end" gap="md">
              <PageHeading>{t('dues.ledger.title', { name: data.fullName })}</PageHeading>
              <YearSelect label={t('dues.ledger.year')} year={year} choices={choices} onChange={setYear} />
            </Group>
            <WarningText ledger={data} />
            <MonthsTable ledger={data} />
            <BasesAndReliefs ledger={data} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
