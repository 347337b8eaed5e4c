import type { z } from 'zod';
import { contract, isCallName, type CallName, type Handlers } from './contract';
import { ApiFailure, type ApiErrorData, type ApiIssue, type ApiResult } from './errors';

/** A validation key of the catalogue: one under `validation`, or under an area's own `validation` (ratings, dues…). */
const VALIDATION_KEY = /^(?:[a-z]+\.)?validation\./;

/** Our schemas give i18n keys as messages; zod's own messages (wrong type in a hand-made payload) are not keys. */
function issueMessage(issue: z.core.$ZodIssue): Pick<ApiIssue, 'message' | 'params'> {
  if (!VALIDATION_KEY.test(issue.message)) {
    return { message: 'validation.invalid_value', params: { detail: issue.message } };
  }
  if (issue.code === 'too_big') return { message: issue.message, params: { max: Number(issue.maximum) } };
  if (issue.code === 'too_small') return { message: issue.message, params: { min: Number(issue.minimum) } };
  if (issue.code === 'invalid_value') return { message: issue.message, params: { options: issue.values.map(String).join(', ') } };
  return { message: issue.message };
}

export function toIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), ...issueMessage(issue) }));
}

const fail = (error: ApiErrorData): ApiResult<never> => ({ ok: false, error });

/**
 * The one entry point every host uses: checks the call exists, validates the payload with the contract's schema,
 * runs the handler and turns any failure into data. Hosts add only transport.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  payload: unknown,
  onInternalError: (error: unknown, name: CallName) => void = () => {},
): Promise<ApiResult<unknown>> {
  if (!isCallName(name)) {
    return fail({ type: 'unknown_call', message: 'errors.unknown_call', params: { name: String(name) } });
  }
  const parsed = contract[name].input.safeParse(payload ?? {});
  if (!parsed.success) {
    return fail({ type: 'validation', message: 'errors.validation', issues: toIssues(parsed.error) });
  }
  try {
    // The map is indexed by a union of names, so TypeScript cannot pair this handler with this input.
    const handler = handlers[name] as (args: unknown) => unknown;
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.toData());
    onInternalError(error, name);
    return fail({ type: 'internal', message: 'errors.internal' });
  }
}
