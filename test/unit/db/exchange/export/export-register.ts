import { dispatch } from '../../../../../shared/api/dispatch';
import type { ApiResult } from '../../../../../shared/api/errors';
import type { CallInput, CallName, CallOutput } from '../../../../../shared/api/contract';
import type { MemberEventInput } from '../../../../../shared/members/events';
import type { MemberRecordInput } from '../../../../../shared/members/record';
import { openTempStore, type TempStore } from '../../../../helpers/temp-database';

/** 9 in the morning on 2 October 2026: the third quarter is over. */
export const OCTOBER_2 = new Date(2026, 9, 2, 9, 0, 0);

export const CELL = { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường 5' } as const;
export const COMMITTEE = { code: 'DU05', name: 'Đảng ủy phường 5', kind: 'dang_bo_co_so', parentCode: 'QU01', parentName: 'Quận ủy Ba Đình' } as const;

export interface ExportRegister extends TempStore {
  call<N extends CallName>(name: N, payload: CallInput<N>): Promise<CallOutput<N>>;
  attempt<N extends CallName>(name: N, payload: CallInput<N>): Promise<ApiResult<CallOutput<N>>>;
  add(unitCode: string | undefined, record: Partial<MemberRecordInput> & { fullName: string }, events: MemberEventInput[]): Promise<number>;
  /** Moves the register's clock. */
  setNow(now: Date): void;
}

/** A register set up through the real services, its home unit `setup`, its clock fixed at `now`. */
export async function openExportRegister(setup: Record<string, string> = CELL, now = OCTOBER_2): Promise<ExportRegister> {
  let clock = now;
  const temp = openTempStore({ now: () => clock });
  const attempt = async <N extends CallName>(name: N, payload: CallInput<N>) =>
    (await dispatch(temp.store.handlers, name, payload)) as ApiResult<CallOutput<N>>;
  const call = async <N extends CallName>(name: N, payload: CallInput<N>) => {
    const result = await attempt(name, payload);
    if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  await call('org.setupHome', setup as CallInput<'org.setupHome'>);
  return {
    ...temp,
    call,
    attempt,
    setNow: (next) => {
      clock = next;
    },
    add: async (unitCode, record, events) =>
      (
        await call('members.create', {
          record: { gender: 'nam', birthDate: '01/01/1980', ethnicity: '01', religion: 'khong', ...record },
          ...(unitCode ? { unitCode } : {}),
          events,
        })
      ).id,
  };
}

/** A cell with three members (one gone before the quarter), a meeting, an inspection and a rating in 2026-Q3. */
export async function fillCell(register: ExportRegister): Promise<Record<string, number>> {
  const an = await register.add(undefined, { fullName: 'Nguyễn Văn An' }, [
    { type: 'admitted', date: '05/01/2010', decisionNumber: '12-QĐ/ĐU' },
    { type: 'made_official', date: '05/01/2011' },
  ]);
  const binh = await register.add(undefined, { fullName: 'Trần Thị Bình', gender: 'nu' }, [{ type: 'admitted', date: '01/08/2026' }]);
  const cuong = await register.add(undefined, { fullName: 'Lê Văn Cường' }, [
    { type: 'admitted', date: '01/01/2000' },
    { type: 'made_official', date: '01/01/2001' },
    { type: 'transferred_out', date: '01/03/2026', otherUnit: 'Chi bộ Xóm Mới' },
  ]);
  await register.call('meetings.create', {
    kind: 'regular',
    date: '10/08/2026',
    startTime: '19:00',
    endTime: '21:00',
    attendance: [
      { memberId: an, presence: 'present' },
      { memberId: binh, presence: 'excused', reason: 'Ốm' },
    ],
    guests: [{ name: 'Đồng chí Hùng', upperLevel: true }],
  });
  await register.call('inspections.create', {
    direction: 'received',
    activity: 'kiem_tra',
    kind: 'thuong_xuyen',
    basis: 'ad_hoc',
    conductedBy: 'Ủy ban Kiểm tra Đảng ủy',
    startDate: '05/08/2026',
    subjectType: 'unit',
    unitCode: 'CB012',
    recommendations: [{ content: 'Hoàn thiện sổ sách', deadline: '01/09/2026', doneOn: '25/08/2026' }],
  });
  return { an, binh, cuong };
}
