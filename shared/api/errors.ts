/**
 * Errors cross every boundary (IPC, HTTP, command line) as plain data: a kind, an i18n key for the message and the
 * values it needs. The host or the UI turns the key into words in the user's language.
 */
export const API_ERROR_TYPES = [
  'validation',
  'conflict',
  'not_found',
  'unknown_call',
  'forbidden',
  'internal',
] as const;
export type ApiErrorType = (typeof API_ERROR_TYPES)[number];

export type MessageParams = Record<string, string | number>;

export interface ApiIssue {
  /** Dotted path of the offending field in the call's input, '' for the input as a whole. */
  path: string;
  message: string;
  params?: MessageParams;
}

export interface ApiErrorData {
  type: ApiErrorType;
  message: string;
  params?: MessageParams;
  issues?: ApiIssue[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorData };

/** Thrown by services for outcomes the user must be told about; anything else is reported as an internal error. */
export class ApiFailure extends Error {
  constructor(
    readonly type: ApiErrorType,
    readonly key: string,
    readonly params?: MessageParams,
    readonly issues?: ApiIssue[],
  ) {
    super(key);
    this.name = 'ApiFailure';
  }

  toData(): ApiErrorData {
    return {
      type: this.type,
      message: this.key,
      ...(this.params ? { params: this.params } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

/** Fails to compile when a switch over a union misses a case. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
