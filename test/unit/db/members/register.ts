import { dispatch } from '../../../../shared/api/dispatch';
import type { ApiResult } from '../../../../shared/api/errors';
import type { CallInput, CallName, CallOutput } from '../../../../shared/api/contract';
import { openTempStore, type TempStore } from '../../../helpers/temp-database';

/** 9 in the morning on 5 January 2026, on this PC's clock: "today" for every test of the register. */
export const NOW = new Date(2026, 0, 5, 9, 0, 0);
export const TODAY = '2026-01-05';

export const HOME = {
  code: 'CB012',
  name: 'Chi bộ Khu phố 3',
  kind: 'chi_bo',
  parentCode: 'DU05',
  parentName: 'Đảng ủy phường Hòa Bình',
} as const;

/** A record as a secretary types it: dates dd/mm/yyyy, the card with its dot. */
export const AN = {
  fullName: 'Nguyễn Văn An',
  gender: 'nam',
  birthDate: '17/05/1980',
  ethnicity: '01',
  religion: 'khong',
  citizenId: '001080012345',
  partyCardNumber: '52.012345',
  theoryLevel: 'trung_cap',
} as const;

/** Admitted 15/3/2024, ceremony 1/4/2024, official after the 12 months of probation. */
export const ADMITTED = { type: 'admitted', date: '15/03/2024', decisionNumber: '125-QĐ/ĐU', ceremonyDate: '01/04/2024' } as const;
export const MADE_OFFICIAL = { type: 'made_official', date: '10/04/2025', decisionNumber: '310-QĐ/ĐU' } as const;

export interface Register extends TempStore {
  /** Calls the store as the hosts do; a refusal fails the test with what was refused. */
  call<N extends CallName>(name: N, payload: CallInput<N>): Promise<CallOutput<N>>;
  /** Calls the store and returns the result as data, for tests about refusals. */
  attempt<N extends CallName>(name: N, payload: CallInput<N>): Promise<ApiResult<CallOutput<N>>>;
  count(table: 'members' | 'member_events' | 'audit_log' | 'organisations'): number;
}

/** A register set up for Chi bộ Khu phố 3 on a temporary file, its clock stopped at NOW. */
export async function openRegister(): Promise<Register> {
  const temp = openTempStore({ now: () => NOW });
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
    // The table name comes from the union above, never from input.
    count: (table) => (temp.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
  };
}
