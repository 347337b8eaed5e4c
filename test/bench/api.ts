import type { CallInput, CallName, CallOutput, Handlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';

/** Calls the store as every host does (contract validation included); a refusal stops the benchmark with its reason. */
export async function call<N extends CallName>(handlers: Handlers, name: N, payload: CallInput<N>): Promise<CallOutput<N>> {
  const result = await dispatch(handlers, name, payload, (error) => {
    throw error;
  });
  if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.error)}`);
  return result.data as CallOutput<N>;
}
