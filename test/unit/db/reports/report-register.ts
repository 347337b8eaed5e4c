import { dispatch } from '../../../../shared/api/dispatch';
import type { ApiResult } from '../../../../shared/api/errors';
import type { CallInput, CallName, CallOutput } from '../../../../shared/api/contract';
import type { MemberEventInput } from '../../../../shared/members/events';
import type { MemberRecordInput } from '../../../../shared/members/record';
import { openTempStore, type TempStore } from '../../../helpers/temp-database';

/** 9 in the morning on 15 October 2026: the third quarter of 2026 is over, the fourth has begun. */
export const OCTOBER_15 = new Date(2026, 9, 15, 9, 0, 0);

/** A grassroots committee with two cells below it; its own members are registered directly in it. */
export const COMMITTEE = {
  code: 'DB01',
  name: 'Đảng bộ phường Hòa Bình',
  kind: 'dang_bo_co_so',
  parentCode: 'QU01',
  parentName: 'Đảng bộ quận Ba Đình',
} as const;

export interface ReportRegister extends TempStore {
  call<N extends CallName>(name: N, payload: CallInput<N>): Promise<CallOutput<N>>;
  attempt<N extends CallName>(name: N, payload: CallInput<N>): Promise<ApiResult<CallOutput<N>>>;
  /** Adds a member through the real service, with the events given; the record's other fields are plain defaults. */
  add(unitCode: string, record: Partial<MemberRecordInput> & { fullName: string }, events: MemberEventInput[]): Promise<number>;
}

export async function openReportRegister(now = OCTOBER_15): Promise<ReportRegister> {
  const temp = openTempStore({ now: () => now });
  const attempt = async <N extends CallName>(name: N, payload: CallInput<N>) =>
    (await dispatch(temp.store.handlers, name, payload)) as ApiResult<CallOutput<N>>;
  const call = async <N extends CallName>(name: N, payload: CallInput<N>) => {
    const result = await attempt(name, payload);
    if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  await call('org.setupHome', COMMITTEE);
  return {
    ...temp,
    call,
    attempt,
    add: async (unitCode, record, events) =>
      (
        await call('members.create', {
          record: { gender: 'nam', birthDate: '01/01/1980', ethnicity: '01', religion: 'khong', ...record },
          unitCode,
          events,
        })
      ).id,
  };
}
