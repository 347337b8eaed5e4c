import { addMonths, formatViDate, type IsoDate } from '../dates/calendar';
import { ageInMonths } from '../members/age';
import { findRuleOn } from '../rules/dated';
import { ADMISSION_AGE } from '../rules/admission-age';
import {
  CERTIFICATE_WARNING_MONTHS,
  certificateExpiredOn,
  certificateValidity,
  currentStage,
  STAGES,
  type NextStep,
  type Stage,
  type StageDates,
} from './stages';
import type { CandidateCertificate, CandidateState, CandidateWarning } from './views';

/** What the state is computed from: the stage dates and what the candidate's page shows about them. */
export interface CandidateFacts extends StageDates {
  birthDate: IsoDate;
  certificateNumber?: string | null | undefined;
  memberId: number | null;
  droppedOn: IsoDate | null;
}

const shown = formatViDate;

/** The step after each stage. */
const NEXT_STEP: Record<Stage, NextStep | null> = {
  identified: 'class',
  class: 'application',
  application: 'verification',
  verification: 'resolution',
  resolution: 'decision',
  decision: 'ceremony',
  ceremony: null,
};

function certificateOf(facts: CandidateFacts, active: boolean, today: IsoDate): CandidateCertificate | null {
  if (!facts.certificateOn) return null;
  const validity = certificateValidity(facts.certificateOn, today);
  const expiresOn = validity?.expiresOn ?? null;
  // Once the cell has resolved, the certificate has done its work: only the resolution day counted.
  const pending = active && !facts.resolutionOn && expiresOn !== null;
  let alert: CandidateCertificate['alert'] = null;
  if (pending && today > expiresOn) alert = 'expired';
  else if (pending && addMonths(today, CERTIFICATE_WARNING_MONTHS) >= expiresOn) alert = 'soon';
  return { on: facts.certificateOn, number: facts.certificateNumber ?? null, expiresOn, alert };
}

/** The admission age rule, judged on the decision day if there is one, else the resolution day, else today. */
function ageWarning(facts: CandidateFacts, today: IsoDate): CandidateWarning | null {
  const day = facts.decisionOn ?? facts.resolutionOn ?? today;
  const rule = findRuleOn(ADMISSION_AGE, day);
  if (!rule) return null;
  const age = ageInMonths(facts.birthDate, day);
  const { minMonths, maxMonths } = rule.value;
  if (age >= minMonths && age <= maxMonths) return null;
  return {
    key: age < minMonths ? 'candidates.warning.too_young' : 'candidates.warning.too_old',
    params: {
      date: shown(day),
      years: Math.floor(age / 12),
      months: age % 12,
      minYears: minMonths / 12,
      maxYears: maxMonths / 12,
      rule: rule.source,
    },
  };
}

function warningsOf(facts: CandidateFacts, certificate: CandidateCertificate | null, active: boolean, today: IsoDate) {
  const warnings: CandidateWarning[] = [];
  if (!active) return warnings;
  if (facts.certificateOn && facts.resolutionOn) {
    const expired = certificateExpiredOn(facts.certificateOn, facts.resolutionOn);
    if (expired) {
      warnings.push({
        key: 'candidates.warning.certificate_expired_at_resolution',
        params: {
          certificateOn: shown(facts.certificateOn),
          expiresOn: shown(expired.expiresOn),
          resolutionOn: shown(facts.resolutionOn),
          months: expired.rule.value,
          rule: expired.rule.source,
        },
      });
    }
  }
  if (certificate?.alert && certificate.expiresOn) {
    const validity = certificateValidity(certificate.on, today);
    warnings.push({
      key: `candidates.warning.certificate_${certificate.alert}`,
      params: { expiresOn: shown(certificate.expiresOn), months: validity?.rule.value ?? 0, rule: validity?.rule.source ?? '' },
    });
  }
  const age = ageWarning(facts, today);
  if (age) warnings.push(age);
  return warnings;
}

/** Where the candidate stands on `today`: stage reached, the next step, the certificate's validity and warnings. */
export function candidateStateOn(facts: CandidateFacts, today: IsoDate): CandidateState {
  const status = facts.memberId !== null ? 'admitted' : facts.droppedOn !== null ? 'dropped' : 'active';
  const active = status === 'active';
  const { stage, on } = currentStage(facts);
  const certificate = certificateOf(facts, active, today);
  let next: NextStep | null = null;
  if (active) {
    const beforeResolution = STAGES.indexOf(stage) < STAGES.indexOf('resolution');
    next = certificate?.alert === 'expired' && beforeResolution ? 'retake_class' : NEXT_STEP[stage];
  }
  return { status, stage, stageOn: on, next, certificate, warnings: warningsOf(facts, certificate, active, today) };
}
