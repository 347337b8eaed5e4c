import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { ApiCallError, NETWORK_ERROR } from './ApiCallError';
import type { Transport } from './transport';

export interface ApiClient {
  /** Resolves to the call's result, or rejects with an ApiCallError saying why not. */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
      let result: ApiResult<unknown>;
      try {
        result = await transport(name, input);
      } catch {
        throw new ApiCallError(NETWORK_ERROR);
      }
      if (!result.ok) throw new ApiCallError(result.error);
      // The host built this answer with the handler for `name`, typed by the same contract.
      return result.data as CallOutput<N>;
    },
  };
}
