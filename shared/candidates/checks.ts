import type { ApiIssue } from '../api/errors';
import { formatViDate, type IsoDate } from '../dates/calendar';
import type { CandidateStages } from './schema';
import { certificateExpiredOn, dateOf, STAGE_DATE_FIELDS, STAGES, type Stage } from './stages';

/** Dates in messages are read by people. */
const shown = formatViDate;

/** Stages the secretary types; the ceremony is recorded by admitting the candidate. */
const TYPED_STAGES = STAGES.filter((stage): stage is Exclude<Stage, 'ceremony'> => stage !== 'ceremony');

/**
 * What keeps a candidate's record from being saved, one issue per field at fault, in the order of the form. The same
 * function checks the form as the user types and the service before it writes, so both say the same words:
 * - each stage needs the one before it, and may not be dated before it (the message names both stages);
 * - nothing may be dated after today;
 * - the decision needs its number and the body that issued it, and cannot follow a resolution taken when the class
 *   certificate had already expired (the rule is cited);
 * - a drop needs its reason and cannot come before the last stage reached;
 * - a helper is a member of the register or a name.
 */
export function candidateProblems(input: CandidateStages, today: IsoDate): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const add = (path: string, message: string, params?: ApiIssue['params']) =>
    issues.push({ path, message, ...(params ? { params } : {}) });

  let previous: { stage: Stage; on: IsoDate | null } | null = null;
  for (const stage of TYPED_STAGES) {
    const field = STAGE_DATE_FIELDS[stage];
    const on = dateOf(input, stage);
    if (on !== null) {
      if (on > today) add(field, 'candidates.validation.future', { date: shown(on), today: shown(today) });
      else if (previous && previous.on === null) add(field, `candidates.validation.missing_previous.${stage}`);
      else if (previous?.on && on < previous.on) {
        add(field, `candidates.validation.order.${stage}`, { date: shown(on), previousDate: shown(previous.on) });
      }
    }
    previous = { stage, on };
  }

  if (input.decisionOn !== undefined) {
    if (input.decisionNumber === undefined) add('decisionNumber', 'candidates.validation.decision_number_required');
    if (input.decisionBody === undefined) add('decisionBody', 'candidates.validation.decision_body_required');
    const expired = input.certificateOn && input.resolutionOn ? certificateExpiredOn(input.certificateOn, input.resolutionOn) : null;
    if (expired && input.certificateOn && input.resolutionOn) {
      add('decisionOn', 'candidates.validation.certificate_expired_at_resolution', {
        certificateOn: shown(input.certificateOn),
        expiresOn: shown(expired.expiresOn),
        resolutionOn: shown(input.resolutionOn),
        months: expired.rule.value,
        rule: expired.rule.source,
      });
    }
  }

  if (input.droppedOn !== undefined) {
    const last = [...TYPED_STAGES].reverse().find((stage) => dateOf(input, stage) !== null) ?? 'identified';
    const lastOn = dateOf(input, last);
    if (input.droppedOn > today) add('droppedOn', 'candidates.validation.future', { date: shown(input.droppedOn), today: shown(today) });
    else if (lastOn && input.droppedOn < lastOn) {
      add('droppedOn', `candidates.validation.dropped_before.${last}`, { date: shown(input.droppedOn), stageDate: shown(lastOn) });
    }
    if (input.dropReason === undefined) add('dropReason', 'candidates.validation.drop_reason_required');
  } else if (input.dropReason !== undefined) {
    add('droppedOn', 'candidates.validation.dropped_on_required');
  }

  input.helpers.forEach((helper, index) => {
    if ((helper.memberId === undefined) === (helper.name === undefined)) {
      add(`helpers.${index}.name`, 'candidates.validation.helper_one_of');
    }
  });
  return issues;
}
