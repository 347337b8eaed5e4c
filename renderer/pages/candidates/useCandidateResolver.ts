import { toNestErrors } from '@hookform/resolvers';
import { useMemo } from 'react';
import type { FieldError, Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toIssues } from '../../../shared/api/dispatch';
import type { ApiIssue } from '../../../shared/api/errors';
import { candidateProblems } from '../../../shared/candidates/checks';
import { candidateInputSchema, candidateStagesSchema, type CandidateInput } from '../../../shared/candidates/schema';
import { toIsoDate } from '../../../shared/dates/calendar';
import { formFieldOf, toCandidateInput, type CandidateFormValues } from './candidateFormValues';

/** Today on this computer's calendar, as the service counts it. */
function today() {
  const now = new Date();
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/**
 * Checks the form as the user types with what the service applies: the shared schema (each field), then the shared
 * stage checks (order, what each stage needs, the certificate on the resolution day). Each problem is worded under
 * its own box. The stage checks run as soon as the stages themselves read well, before the person's fields are done.
 */
export function useCandidateResolver(): Resolver<CandidateFormValues, unknown, CandidateInput> {
  const { t } = useTranslation();
  return useMemo<Resolver<CandidateFormValues, unknown, CandidateInput>>(
    () => (values, _context, options) => {
      const input = toCandidateInput(values);
      const parsed = candidateInputSchema.safeParse(input);
      const { record: _record, unitCode: _unitCode, ...stageValues } = input;
      const stages = candidateStagesSchema.safeParse(stageValues);
      const issues: ApiIssue[] = [
        ...(parsed.success ? [] : toIssues(parsed.error)),
        ...(stages.success ? candidateProblems(stages.data, today()) : []),
      ];
      if (parsed.success && issues.length === 0) return { values: parsed.data, errors: {} };
      const errors: Record<string, FieldError> = {};
      for (const issue of issues) {
        // A problem with no box of its own is the form's; the first of a field is the one to fix first.
        const field = formFieldOf(values, issue.path) ?? 'root';
        errors[field] ??= { type: 'validation', message: t(issue.message, issue.params) };
      }
      return { values: {}, errors: toNestErrors(errors, options) };
    },
    [t],
  );
}
