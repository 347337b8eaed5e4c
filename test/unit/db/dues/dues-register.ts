import { dispatch } from '../../../../shared/api/dispatch';
import type { ApiResult } from '../../../../shared/api/errors';
import type { CallInput, CallName, CallOutput } from '../../../../shared/api/contract';
import type { MemberEventInput } from '../../../../shared/members/events';
import { openTempStore, type TempStore } from '../../../helpers/temp-database';
import { AN, HOME } from '../members/register';

/** 9 in the morning on 15 June 2026: January to May are past months of the year. */
export const JUNE_15 = new Date(2026, 5, 15, 9, 0, 0);

export interface DuesRegister extends TempStore {
  call<N extends CallName>(name: N, payload: CallInput<N>): Promise<CallOutput<N>>;
  attempt<N extends CallName>(name: N, payload: CallInput<N>): Promise<ApiResult<CallOutput<N>>>;
  /** Adds a member through the real service, with the given events. */
  add(fullName: string, events: MemberEventInput[], birthDate?: string): Promise<number>;
  auditOfDues(): { entityId: number; memberId: number; action: string; before: string | null; after: string | null }[];
}

/** Chi bộ Khu phố 3 (a cell under a grassroots committee) on a temporary file, its clock stopped at `now`. */
export async function openDuesRegister(now = JUNE_15): Promise<DuesRegister> {
  const temp = openTempStore({ now: () => now });
  const attempt = async <N extends CallName>(name: N, payload: CallInput<N>) =>
    (await dispatch(temp.store.handlers, name, payload)) as ApiResult<CallOutput<N>>;
  const call = async <N extends CallName>(name: N, payload: CallInput<N>) => {
    const result = await attempt(name, payload);
    if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  await call('org.setupHome', HOME);
  return {
    ...temp,
    call,
    attempt,
    add: async (fullName, events, birthDate = AN.birthDate) =>
      (await call('members.create', { record: { ...AN, fullName, birthDate, citizenId: '', partyCardNumber: '' }, unitCode: '', events })).id,
    auditOfDues: () =>
      temp.store.db
        .prepare("SELECT entity_id AS entityId, member_id AS memberId, action, before, after FROM audit_log WHERE entity = 'dues' ORDER BY id")
        .all() as ReturnType<DuesRegister['auditOfDues']>,
  };
}
