import { Alert, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Indicators, MembershipIdentity } from '../../../shared/reports/indicators';
import type { PeriodReport } from '../../../shared/reports/views';

/** "Đầu kỳ 10 + kết nạp 1 + … − ra khỏi Đảng 0 = cuối kỳ 11": the balance with every term's figure. */
export function identityLine(t: TFunction, indicators: Indicators, identity: MembershipIdentity): string {
  const value = (figure: number | null) => figure ?? 0;
  return t('reports.ui.summary.identityLine', {
    opening: identity.opening,
    admitted: value(indicators['changes.admitted']),
    transferredIn: value(indicators['changes.transferred_in']),
    transferredOut: value(indicators['changes.transferred_out']),
    died: value(indicators['changes.died']),
    removed: value(indicators['changes.removed']),
    expelled: value(indicators['changes.expelled']),
    withdrew: value(indicators['changes.withdrew']),
    expected: identity.expectedClosing,
  });
}

function Violation({ t, unitName, identity }: { t: TFunction; unitName: string; identity: MembershipIdentity }) {
  return (
    // The default colour: Mantine's red and orange titles fall short of AA contrast on their light background.
    <Alert variant="light" title={t('reports.ui.summary.violationTitle', { unit: unitName })}>
      <Text>
        {t('reports.ui.summary.violation', {
          expected: identity.expectedClosing,
          closing: identity.closing,
          difference: identity.closing - identity.expectedClosing,
        })}
      </Text>
    </Alert>
  );
}

/**
 * The membership balance of the report, with its numbers, and every unit where it does not hold, named in an alert:
 * a violation means events are missing or wrong, and is never hidden. A total that fails without any unit failing
 * (which the units' rows adding up should exclude) is named after the reported unit itself.
 */
export function IdentityCheck({ t, report }: { t: TFunction; report: Pick<PeriodReport, 'identity' | 'identityViolations' | 'totals' | 'org'> }) {
  const { identity, identityViolations } = report;
  const totalOnly = !identity.holds && identityViolations.length === 0;
  return (
    <Stack gap="sm">
      <Text fw={500}>{identityLine(t, report.totals, identity)}</Text>
      <Text>
        {t('reports.ui.summary.closingLine', { closing: identity.closing })}{' '}
        {identity.holds && identityViolations.length === 0 && t('reports.ui.summary.identityHolds')}
      </Text>
      {identityViolations.map((violation) => (
        <Violation key={violation.unit.code} t={t} unitName={violation.unit.name} identity={violation.identity} />
      ))}
      {totalOnly && <Violation t={t} unitName={report.org.name} identity={identity} />}
    </Stack>
  );
}
