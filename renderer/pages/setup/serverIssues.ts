import type { UseFormSetError } from 'react-hook-form';
import type { ApiErrorData, MessageParams } from '../../../shared/api/errors';
import type { HomeSetupInput } from '../../../shared/org/schemas';
import { isSetupField, type SetupField } from './setupFields';

/** Marked on errors the server gave, so their message values are looked up in the server's answer. */
export const SERVER_ERROR = 'server';

/** Puts each field the server refused under that field, as if the form had found it. */
export function showServerIssues(failure: ApiErrorData, setError: UseFormSetError<HomeSetupInput>): void {
  for (const issue of failure.issues ?? []) {
    if (isSetupField(issue.path)) setError(issue.path, { type: SERVER_ERROR, message: issue.message });
  }
}

export function serverIssueParams(failure: ApiErrorData | null, field: SetupField): MessageParams | undefined {
  return failure?.issues?.find((issue) => issue.path === field)?.params;
}
