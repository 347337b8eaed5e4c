import type { TFunction } from 'i18next';
import type { CandidateCertificate, CandidateState } from '../../../shared/candidates/views';
import { formatViDate } from '../../../shared/dates/calendar';

/** "Thẩm tra lý lịch (15/06/2025)": the stage reached and its day. */
export function stageText(t: TFunction, state: CandidateState): string {
  return t('candidates.list.stageValue', { stage: t(`candidates.stage.${state.stage}`), date: formatViDate(state.stageOn) });
}

export function nextText(t: TFunction, state: CandidateState): string {
  return state.next === null ? '' : t(`candidates.next.${state.next}`);
}

/** "Sắp hết hạn — hết hạn 01/05/2026": the expiry, with its alert put first so it is read first. */
export function certificateText(t: TFunction, certificate: CandidateCertificate | null): string {
  if (certificate === null) return t('candidates.list.noCertificate');
  if (certificate.expiresOn === null) return formatViDate(certificate.on);
  const expires = t('candidates.list.certificateExpires', { date: formatViDate(certificate.expiresOn) });
  if (certificate.alert === 'expired') return `${t('candidates.list.certificateExpired')} — ${expires}`;
  if (certificate.alert === 'soon') return `${t('candidates.list.certificateSoon')} — ${expires}`;
  return expires;
}
