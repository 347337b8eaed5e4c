import type { TFunction } from 'i18next';
import { formatViDate } from '../../dates/calendar';
import type { CrossUnitFinding, FindingMember } from './findings';

/** The member as a person can find them: by card number, or by birth date when the register has no card number. */
function memberText(t: TFunction, member: FindingMember): string {
  return member.partyCardNumber
    ? t('exchange.checks.member.withCard', { name: member.fullName, card: member.partyCardNumber })
    : t('exchange.checks.member.withBirthDate', { name: member.fullName, birthDate: formatViDate(member.birthDate) });
}

/**
 * One finding in plain words. `periodText` words a period code (the renderer says "quý II năm 2026"; the command line
 * keeps the code).
 */
export function findingText(t: TFunction, finding: CrossUnitFinding, periodText: (code: string) => string = (code) => code): string {
  switch (finding.kind) {
    case 'transfer_out_unmatched':
    case 'transfer_in_unmatched':
      return t(`exchange.checks.message.${finding.kind}`, {
        member: memberText(t, finding.member),
        fromUnit: finding.fromUnit,
        toUnit: finding.toUnit,
        date: formatViDate(finding.date),
      });
    case 'duplicate_card':
      return t('exchange.checks.message.duplicate_card', {
        cardNumber: finding.cardNumber,
        count: finding.holders.length,
        holders: finding.holders
          .map((holder) => t('exchange.checks.holder', { name: holder.fullName, birthDate: formatViDate(holder.birthDate), unit: holder.unitCode }))
          .join('; '),
      });
    case 'opening_mismatch':
      return t(finding.scope === 'unit' ? 'exchange.checks.message.opening_unit' : 'exchange.checks.message.opening_subtree', {
        unit: finding.unitCode,
        opening: finding.opening,
        previousClosing: finding.previousClosing,
        previousPeriod: periodText(finding.previousPeriod),
      });
    case 'identity_violated':
      return t(finding.sourceUnitCode === finding.unitCode ? 'exchange.checks.message.identity_own' : 'exchange.checks.message.identity_other', {
        unit: finding.unitCode,
        source: finding.sourceUnitCode,
        opening: finding.opening,
        added: finding.added,
        lost: finding.lost,
        expected: finding.opening + finding.added - finding.lost,
        closing: finding.closing,
      });
  }
}
