import type { CallName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';

/**
 * How one call reaches the host and its answer comes back. Errors the host knows about come back as data; a rejected
 * promise means the host was not reached.
 */
export type Transport = (name: CallName, input: unknown) => Promise<ApiResult<unknown>>;
