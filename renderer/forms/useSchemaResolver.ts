import { toNestErrors } from '@hookform/resolvers';
import { useMemo } from 'react';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { toIssues } from '../../shared/api/dispatch';

const unchanged = (values: unknown) => values;

/**
 * A form resolver that checks with one of the shared schemas — the very one the service applies — and words each
 * problem as the service would: through the same issue mapping, so "at most {{max}} characters" gets its number.
 * `prepare` turns the form's values into the schema's input (e.g. keeps only the fields of the chosen event type);
 * pass a function defined outside the component, so the resolver is made once.
 */
export function useSchemaResolver<Values extends FieldValues, Output>(
  schema: z.ZodType<Output>,
  prepare: (values: Values) => unknown = unchanged,
): Resolver<Values, unknown, Output> {
  const { t } = useTranslation();
  return useMemo<Resolver<Values, unknown, Output>>(
    () => (values, _context, options) => {
      const result = schema.safeParse(prepare(values));
      if (result.success) return { values: result.data, errors: {} };
      const errors: Record<string, FieldError> = {};
      for (const issue of toIssues(result.error)) {
        // The first problem of a field is the one to fix first; the others show once it is fixed.
        errors[issue.path] ??= { type: 'validation', message: t(issue.message, issue.params) };
      }
      return { values: {}, errors: toNestErrors(errors, options) };
    },
    [schema, prepare, t],
  );
}
