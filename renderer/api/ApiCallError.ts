import type { ApiErrorData } from '../../shared/api/errors';

/** A call the host refused or could not answer; carries the error exactly as it crossed the boundary. */
export class ApiCallError extends Error {
  constructor(readonly data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiCallError';
  }
}

/** The host could not be reached at all (the preview server stopped, the bridge threw). */
export const NETWORK_ERROR: ApiErrorData = { type: 'internal', message: 'errors.network' };

/** What to tell the user about any failure: our own errors as they came, anything else as an unexpected one. */
export function toErrorData(error: unknown): ApiErrorData {
  return error instanceof ApiCallError ? error.data : { type: 'internal', message: 'errors.internal' };
}
