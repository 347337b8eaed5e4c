import type { TFunction } from 'i18next';
import { formatViDate } from '../../../shared/dates/calendar';
import type { AppliedRelief, IncomeBasis, MissingReason, Relief } from '../../../shared/dues/expected';
import type { DuesPayment } from '../../../shared/dues/ledger';
import { formatViMonth } from '../../../shared/dues/months';
import type { MemberStatus } from '../../../shared/members/state-types';
import { formatVnd } from '../../format/money';

/** An exemption or reduction in words: "Miễn: đủ 50 năm tuổi đảng", "Giảm 50%: Hoàn cảnh khó khăn khác". */
export function reliefText(t: TFunction, relief: AppliedRelief | Relief): string {
  if (relief.kind === 'exemption') {
    if (relief.reason === 'party_age') return t('dues.words.exemptPartyAge', { years: 'years' in relief ? relief.years : 50 });
    return t('dues.words.exempt', { reason: t(`dues.reason.${relief.reason}`) });
  }
  return t('dues.words.reduced', { percent: relief.percent ?? 0, reason: t(`dues.reason.${relief.reason}`) });
}

/** What the amount is computed from: "1% lương 8.000.000 đ". */
export function basisText(t: TFunction, basis: IncomeBasis): string {
  const amount = basis.amountVnd === null ? '' : formatVnd(basis.amountVnd);
  switch (basis.category) {
    case 'salary':
      return t('dues.words.basisSalary', { amount });
    case 'pension':
      return t('dues.words.basisPension', { amount });
    case 'student':
      return t('dues.words.basisStudent');
    case 'other':
      return t('dues.words.basisOther');
  }
}

export const missingText = (t: TFunction, missing: MissingReason): string =>
  t(missing === 'no_basis' ? 'dues.words.noBasis' : missing === 'no_amount' ? 'dues.words.noAmount' : 'dues.words.noRule');

/** The note beside an amount owed: why it is what it is. */
export function dueNote(
  t: TFunction,
  line: { dueHere: boolean; status: MemberStatus; relief: AppliedRelief | null; missing: MissingReason | null; basis: IncomeBasis | null },
): string {
  if (!line.dueHere) return t('dues.words.notDueHere', { status: t(`member.status.${line.status}`) });
  if (line.relief) return reliefText(t, line.relief);
  if (line.missing) return missingText(t, line.missing);
  return line.basis ? basisText(t, line.basis) : '';
}

/** The amount owed, or a dash when it cannot be computed. */
export const expectedText = (expectedVnd: number | null): string => (expectedVnd === null ? '—' : formatVnd(expectedVnd));

export const paymentText = (t: TFunction, payment: DuesPayment): string =>
  t('dues.words.paidOn', { date: formatViDate(payment.paidOn), channel: t(`dues.channel.${payment.channel}`) });

export const windowText = (t: TFunction, relief: Relief): string =>
  t('dues.ledger.window', {
    from: formatViMonth(relief.fromMonth),
    to: relief.toMonth === null ? t('dues.words.openEnded') : formatViMonth(relief.toMonth),
  });
