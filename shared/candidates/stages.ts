import { addMonths, type IsoDate } from '../dates/calendar';
import { findRuleOn, type DatedRule } from '../rules/dated';
import { CERTIFICATE_VALIDITY_MONTHS } from '../rules/candidates';

/**
 * The steps from outstanding candidate to member, in the order the Party's procedure takes them. Each is dated; the
 * ceremony is recorded only by admitting the candidate, which creates the member.
 */
export const STAGES = ['identified', 'class', 'application', 'verification', 'resolution', 'decision', 'ceremony'] as const;
export type Stage = (typeof STAGES)[number];

/** The date of each stage as the candidate holds it. */
export const STAGE_DATE_FIELDS = {
  identified: 'identifiedOn',
  class: 'certificateOn',
  application: 'applicationOn',
  verification: 'verificationOn',
  resolution: 'resolutionOn',
  decision: 'decisionOn',
  ceremony: 'ceremonyOn',
} as const satisfies Record<Stage, string>;
export type StageDateField = (typeof STAGE_DATE_FIELDS)[Stage];

export type StageDates = Partial<Record<StageDateField, IsoDate | undefined | null>>;

/** What the cell does next, in words on the screens: the stage after the current one, or attending the class again. */
export const NEXT_STEPS = ['class', 'application', 'verification', 'resolution', 'decision', 'ceremony', 'retake_class'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/**
 * A certificate expiring within this many months is flagged on the list, so the cell can hold its resolution in
 * time. A working margin chosen for the register, not a rule of the Party.
 */
export const CERTIFICATE_WARNING_MONTHS = 6;

export const dateOf = (dates: StageDates, stage: Stage): IsoDate | null => dates[STAGE_DATE_FIELDS[stage]] ?? null;

/** The latest stage recorded, with its date. */
export function currentStage(dates: StageDates): { stage: Stage; on: IsoDate } {
  let current: { stage: Stage; on: IsoDate } = { stage: 'identified', on: dateOf(dates, 'identified') ?? '' };
  for (const stage of STAGES) {
    const on = dateOf(dates, stage);
    if (on) current = { stage, on };
  }
  return current;
}

export interface CertificateValidity {
  /** The last day the certificate may be relied on. */
  expiresOn: IsoDate;
  rule: DatedRule<number>;
}

/**
 * Until when a certificate issued on `certificateOn` is valid, under the rule in force on `checkedOn` (the day it is
 * relied on); null before the first known rule. The certificate is valid "trong 60 tháng kể từ ngày cấp": through the
 * same day 60 months later.
 */
export function certificateValidity(certificateOn: IsoDate, checkedOn: IsoDate): CertificateValidity | null {
  const rule = findRuleOn(CERTIFICATE_VALIDITY_MONTHS, checkedOn);
  return rule ? { expiresOn: addMonths(certificateOn, rule.value), rule } : null;
}

/** Whether the certificate had expired on `day`: the case in which the cell's resolution cannot lead to admission. */
export function certificateExpiredOn(certificateOn: IsoDate, day: IsoDate): CertificateValidity | null {
  const validity = certificateValidity(certificateOn, day);
  return validity && day > validity.expiresOn ? validity : null;
}
