import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberEventInput } from '../../../../shared/members/events';
import type { MemberRecordInput } from '../../../../shared/members/record';
import { AN, openRegister, TODAY, type Register } from './register';

const admitted = (date: string, ceremonyDate?: string) => ({ type: 'admitted', date, ...(ceremonyDate ? { ceremonyDate } : {}) }) as const;

describe('the members list', () => {
  let register: Register;
  const names = (rows: { fullName: string }[]) => rows.map((row) => row.fullName);

  beforeAll(async () => {
    register = await openRegister();
    await register.call('org.add', { code: 'DB01', name: 'Đảng bộ bộ phận 1', kind: 'dang_bo_bo_phan', parentCode: 'CB012' });
    await register.call('org.add', { code: 'CB013', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'DB01' });
    const add = (record: Partial<MemberRecordInput>, events: MemberEventInput[], unitCode = '') =>
      register.call('members.create', { record: { ...AN, citizenId: '', partyCardNumber: '', theoryLevel: '', ...record }, unitCode, events });

    await add({ fullName: 'Lê Thị Bình', gender: 'nu', birthDate: '02/09/1985', theoryLevel: 'so_cap' }, [
      admitted('10/01/2020', '20/01/2020'),
      { type: 'made_official', date: '01/02/2021' },
    ]);
    await add({ fullName: 'Trần Văn An', birthDate: '01/03/1950', partyCardNumber: '52.000777' }, [
      admitted('10/01/1975'),
      { type: 'made_official', date: '10/01/1976' },
    ]);
    await add({ fullName: 'Đặng Thị Thu', gender: 'nu', birthDate: '12/12/2000', citizenId: '079200001234' }, [admitted('01/06/2025', '15/06/2025')], 'CB013');
    await add({ fullName: 'Nguyễn Văn Đức', birthDate: '20/04/1990', theoryLevel: 'cao_cap' }, [
      admitted('01/02/2018', '10/02/2018'),
      { type: 'made_official', date: '01/03/2019' },
      { type: 'transferred_out', date: '15/10/2025', otherUnit: 'Chi bộ Khu phố 9' },
    ]);
  });

  afterAll(() => register.cleanup());

  it('lists everyone in Vietnamese register order: by given name, then middle, then family name', async () => {
    const list = await register.call('members.list', {});
    expect(names(list.rows)).toEqual(['Trần Văn An', 'Lê Thị Bình', 'Nguyễn Văn Đức', 'Đặng Thị Thu']);
    expect(list).toMatchObject({ asOf: TODAY, total: 4 });
  });

  it('shows each member’s status, age, unit and dates as of today', async () => {
    const { rows } = await register.call('members.list', {});
    expect(rows.find((row) => row.fullName === 'Đặng Thị Thu')).toMatchObject({
      status: 'probationary',
      age: 25,
      unitCode: 'CB013',
      unitName: 'Chi bộ Khu phố 4',
      admittedOn: '2025-06-01',
      officialOn: null,
      theoryLevel: null,
    });
    expect(rows.find((row) => row.fullName === 'Nguyễn Văn Đức')).toMatchObject({ status: 'transferred_out', officialOn: '2019-03-01' });
    expect(rows.find((row) => row.fullName === 'Trần Văn An')).toMatchObject({ age: 75, partyCardNumber: '52.000777' });
  });

  it('finds a name typed without diacritics, in any case, by any of its words', async () => {
    expect(names((await register.call('members.list', { search: 'dang thi thu' })).rows)).toEqual(['Đặng Thị Thu']);
    expect(names((await register.call('members.list', { search: '  THU   đặng ' })).rows)).toEqual(['Đặng Thị Thu']);
    expect(names((await register.call('members.list', { search: 'van' })).rows)).toEqual(['Trần Văn An', 'Nguyễn Văn Đức']);
    expect((await register.call('members.list', { search: 'dang thi binh' })).rows).toEqual([]);
    expect((await register.call('members.list', { search: '100%' })).rows).toEqual([]);
  });

  it('finds a member by party card, with or without its dots, and by citizen ID', async () => {
    expect(names((await register.call('members.list', { search: '52000777' })).rows)).toEqual(['Trần Văn An']);
    expect(names((await register.call('members.list', { search: '52.000' })).rows)).toEqual(['Trần Văn An']);
    expect(names((await register.call('members.list', { search: '079200001234' })).rows)).toEqual(['Đặng Thị Thu']);
  });

  it('filters by status, gender, age band and theory level, the total still counting everyone', async () => {
    const official = await register.call('members.list', { statuses: ['official'] });
    expect(names(official.rows)).toEqual(['Trần Văn An', 'Lê Thị Bình']);
    expect(official.total).toBe(4);
    expect(names((await register.call('members.list', { statuses: ['probationary', 'transferred_out'] })).rows)).toEqual([
      'Nguyễn Văn Đức',
      'Đặng Thị Thu',
    ]);
    expect(names((await register.call('members.list', { gender: 'nu' })).rows)).toEqual(['Lê Thị Bình', 'Đặng Thị Thu']);
    expect(names((await register.call('members.list', { ageBand: '18_30' })).rows)).toEqual(['Đặng Thị Thu']);
    expect(names((await register.call('members.list', { ageBand: 'over_70' })).rows)).toEqual(['Trần Văn An']);
    expect(names((await register.call('members.list', { theoryLevel: 'none' })).rows)).toEqual(['Trần Văn An', 'Đặng Thị Thu']);
    expect(names((await register.call('members.list', { theoryLevel: 'cao_cap', gender: 'nam' })).rows)).toEqual(['Nguyễn Văn Đức']);
  });

  it('filters by a unit together with the units below it', async () => {
    expect(names((await register.call('members.list', { unitCode: 'db01' })).rows)).toEqual(['Đặng Thị Thu']);
    expect((await register.call('members.list', { unitCode: 'CB012' })).rows).toHaveLength(4);
    expect(await register.attempt('members.list', { unitCode: 'CB999' })).toMatchObject({
      ok: false,
      error: { type: 'not_found', message: 'errors.unit_not_found', params: { code: 'CB999' } },
    });
  });

  it('computes statuses and ages as of a past day', async () => {
    const past = await register.call('members.list', { asOf: '01/01/2025' });
    expect(past.asOf).toBe('2025-01-01');
    expect(past.rows.map((row) => [row.fullName, row.status])).toEqual([
      ['Trần Văn An', 'official'],
      ['Lê Thị Bình', 'official'],
      ['Nguyễn Văn Đức', 'official'],
      ['Đặng Thị Thu', 'not_admitted'],
    ]);
    expect(past.rows.find((row) => row.fullName === 'Đặng Thị Thu')?.age).toBe(24);
    expect(names((await register.call('members.list', { asOf: '01/01/2020', statuses: ['official'] })).rows)).toEqual([
      'Trần Văn An',
      'Nguyễn Văn Đức',
    ]);
  });
});
