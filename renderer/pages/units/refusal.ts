import type { TFunction } from 'i18next';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { ApiErrorData } from '../../../shared/api/errors';

/**
 * Puts each problem the service names for one of the form's fields under that field, worded as the form's own
 * messages are; the whole refusal is shown above the buttons as well.
 */
export function showFieldIssues<V extends FieldValues>(
  refusal: ApiErrorData,
  fields: readonly FieldPath<V>[],
  setError: UseFormSetError<V>,
  t: TFunction,
): void {
  for (const issue of refusal.issues ?? []) {
    const field = fields.find((name) => name === issue.path);
    if (field) setError(field, { type: 'server', message: t(issue.message, issue.params) });
  }
}
