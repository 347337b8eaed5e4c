import { addMonths, toIsoDate, type IsoDate } from '../../../shared/dates/calendar';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import type { TestStore } from '../harness';

/** Calls the register as the app does (validated by the contract), failing the test on a refusal. */
export async function call<N extends CallName>(test: TestStore, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = await test.transport(name, input);
  if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.error)}`);
  return result.data as CallOutput<N>;
}

const now = new Date();
/** Today on this computer's calendar, as the register counts it. */
export const today: IsoDate = toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });

/** A day `months` before today. */
export const monthsAgo = (months: number): IsoDate => addMonths(today, -months);

interface Person {
  fullName: string;
  gender: 'nam' | 'nu';
  birthDate: IsoDate;
  theoryLevel?: 'so_cap' | 'trung_cap' | 'cao_cap' | 'cu_nhan';
  partyCardNumber?: string;
  admittedOn?: IsoDate;
  officialOn?: IsoDate;
}

/** Adds a member with the admission and recognition the person has, as the "Thêm đảng viên" form would. */
export async function addMember(test: TestStore, person: Person) {
  const { admittedOn, officialOn, ...record } = person;
  const events: CallInput<'members.create'>['events'] = [];
  if (admittedOn) events.push({ type: 'admitted', date: admittedOn, decisionNumber: '12-QĐ/ĐU', issuedBy: 'Đảng ủy phường' });
  if (officialOn) events.push({ type: 'made_official', date: officialOn });
  return call(test, 'members.create', { record: { ...record, ethnicity: '01', religion: 'khong' }, events });
}

export const THU: Person = { fullName: 'Đặng Thị Thu', gender: 'nu', birthDate: '1990-02-02', admittedOn: '2015-03-10', officialOn: '2016-04-01' };
export const AN: Person = {
  fullName: 'Trần Văn An',
  gender: 'nam',
  birthDate: '1970-03-15',
  theoryLevel: 'trung_cap',
  partyCardNumber: '12345678',
  admittedOn: '1995-05-10',
  officialOn: '1996-06-01',
};
/** Probationary: admitted six months ago. */
export const CUONG: Person = { fullName: 'Nguyễn Văn Cường', gender: 'nam', birthDate: '1980-11-20', admittedOn: monthsAgo(6) };
export const BINH: Person = {
  fullName: 'Lê Thị Bình',
  gender: 'nu',
  birthDate: '1985-07-20',
  theoryLevel: 'so_cap',
  admittedOn: '2010-01-05',
  officialOn: '2011-02-01',
};

/** Four members of a cell, added out of register order. */
export const CELL_MEMBERS: Person[] = [THU, AN, CUONG, BINH];

/** The same names in the register's order: by tên, then tên đệm, then họ. */
export const REGISTER_ORDER = ['Trần Văn An', 'Lê Thị Bình', 'Nguyễn Văn Cường', 'Đặng Thị Thu'];
