import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import type { OrgKind } from '../../../shared/org/kinds';
import { ADMITTED, AN, openRegister, type Register } from './members/register';

const unit = (code: string, name: string, parentCode: string, kind: OrgKind = 'chi_bo') => ({ code, name, kind, parentCode });

describe('the organisations of the register', () => {
  let register: Register;

  beforeEach(async () => {
    register = await openRegister();
  });

  afterEach(() => register.cleanup());

  it('starts with the home unit alone', async () => {
    expect(await register.call('org.list', {})).toEqual([
      { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: null, closedOn: null, isHome: true },
    ]);
  });

  it('adds units of any kind below any unit of the register, and lists them as a tree is read, siblings by name', async () => {
    const added = await register.call('org.add', unit('db01', '  Đảng bộ bộ phận Khu A ', 'cb012', 'dang_bo_bo_phan'));
    expect(added).toEqual({ code: 'DB01', name: 'Đảng bộ bộ phận Khu A', kind: 'dang_bo_bo_phan', parentCode: 'CB012', closedOn: null, isHome: false });
    await register.call('org.add', unit('CB10', 'Chi bộ 10', 'DB01'));
    await register.call('org.add', unit('CB02', 'Chi bộ 2', 'DB01'));
    await register.call('org.add', unit('TT1', 'Chi bộ Trường học', 'CB012', 'chi_bo_co_so'));

    expect((await register.call('org.list', {})).map((u) => [u.code, u.parentCode])).toEqual([
      ['CB012', null],
      ['TT1', 'CB012'],
      ['DB01', 'CB012'],
      ['CB02', 'DB01'],
      ['CB10', 'DB01'],
    ]);
  });

  it('refuses a code already used and a parent outside the register', async () => {
    await register.call('org.add', unit('CB013', 'Chi bộ Khu phố 4', 'CB012'));
    expect(await register.attempt('org.add', unit('cb013', 'Chi bộ khác', 'CB012'))).toEqual({
      ok: false,
      error: {
        type: 'conflict',
        message: 'errors.code_taken',
        params: { code: 'CB013' },
        issues: [{ path: 'code', message: 'errors.code_taken', params: { code: 'CB013' } }],
      },
    });
    expect(await register.attempt('org.add', unit('CB014', 'Chi bộ Khu phố 5', 'DU05'))).toMatchObject({
      ok: false,
      error: { type: 'not_found', message: 'errors.unit_not_found', issues: [{ path: 'parentCode' }] },
    });
    expect(await dispatch(register.store.handlers, 'org.add', { code: 'CB014', name: 'Chi bộ Khu phố 5', parentCode: 'CB012' })).toMatchObject({
      ok: false,
      error: { type: 'validation', issues: [{ path: 'kind', message: 'validation.kind_required' }] },
    });
    expect(register.count('organisations')).toBe(2);
  });

  it('renames a unit', async () => {
    await register.call('org.add', unit('CB013', 'Chi bộ Khu phố 4', 'CB012'));
    expect(await register.call('org.rename', { code: 'CB013', name: 'Chi bộ Tổ dân phố 4' })).toMatchObject({ code: 'CB013', name: 'Chi bộ Tổ dân phố 4' });
    expect(await register.attempt('org.rename', { code: 'XX', name: 'Không có' })).toMatchObject({ ok: false, error: { message: 'errors.unit_not_found' } });
  });

  it('moves a unit with everything below it, but never under itself or its own units', async () => {
    await register.call('org.add', unit('DB01', 'Đảng bộ bộ phận 1', 'CB012', 'dang_bo_bo_phan'));
    await register.call('org.add', unit('DB02', 'Đảng bộ bộ phận 2', 'CB012', 'dang_bo_bo_phan'));
    await register.call('org.add', unit('CB013', 'Chi bộ Khu phố 4', 'DB01'));

    expect(await register.call('org.move', { code: 'DB01', parentCode: 'DB02' })).toMatchObject({ code: 'DB01', parentCode: 'DB02' });
    expect((await register.call('org.list', {})).map((u) => u.code)).toEqual(['CB012', 'DB02', 'DB01', 'CB013']);

    for (const parentCode of ['DB01', 'CB013']) {
      expect(await register.attempt('org.move', { code: 'DB01', parentCode })).toMatchObject({
        ok: false,
        error: { type: 'conflict', message: 'errors.org_cycle', issues: [{ path: 'parentCode' }] },
      });
    }
    expect(await register.attempt('org.move', { code: 'CB012', parentCode: 'DB01' })).toEqual({
      ok: false,
      error: { type: 'conflict', message: 'errors.org_home_locked', params: { name: 'Chi bộ Khu phố 3', code: 'CB012' } },
    });
  });

  it('closes a unit on a date, refusing while members or open units are in it', async () => {
    await register.call('org.add', unit('DB01', 'Đảng bộ bộ phận 1', 'CB012', 'dang_bo_bo_phan'));
    await register.call('org.add', unit('CB013', 'Chi bộ Khu phố 4', 'DB01'));
    const member = await register.call('members.create', { record: AN, unitCode: 'CB013', events: [ADMITTED] });

    expect(await register.attempt('org.close', { code: 'DB01', closedOn: '31/12/2025' })).toEqual({
      ok: false,
      error: { type: 'conflict', message: 'errors.unit_has_units', params: { name: 'Đảng bộ bộ phận 1', count: 1 } },
    });
    expect(await register.attempt('org.close', { code: 'CB013', closedOn: '31/12/2025' })).toMatchObject({
      ok: false,
      error: { message: 'errors.unit_has_members', params: { name: 'Chi bộ Khu phố 4', count: 1, date: '31/12/2025' } },
    });
    // Not yet admitted on 1/1/2024, but taking part from 15/3/2024 on: closing then would leave them in a closed unit.
    expect(await register.attempt('org.close', { code: 'CB013', closedOn: '01/01/2024' })).toMatchObject({
      ok: false,
      error: { message: 'errors.unit_has_members', params: { count: 1, date: '01/01/2024' } },
    });
    await register.call('events.add', {
      memberId: member.id,
      event: { type: 'transferred_out', date: '01/12/2025', otherUnit: 'Chi bộ Khu phố 9' },
    });
    expect(await register.call('org.close', { code: 'CB013', closedOn: '31/12/2025' })).toMatchObject({ closedOn: '2025-12-31' });
    expect(await register.attempt('org.close', { code: 'CB013', closedOn: '01/01/2026' })).toMatchObject({
      ok: false,
      error: { message: 'errors.unit_closed', params: { closedOn: '31/12/2025' } },
    });
    expect(await register.call('org.close', { code: 'DB01', closedOn: '31/12/2025' })).toMatchObject({ closedOn: '2025-12-31' });
  });

  it('adds nothing under a closed unit, and never closes the home unit', async () => {
    await register.call('org.add', unit('CB013', 'Chi bộ Khu phố 4', 'CB012'));
    await register.call('org.close', { code: 'CB013', closedOn: '31/12/2025' });
    expect(await register.attempt('org.add', unit('CB014', 'Tổ đảng', 'CB013'))).toMatchObject({
      ok: false,
      error: { message: 'errors.unit_closed', issues: [{ path: 'parentCode' }] },
    });
    expect(await register.attempt('org.close', { code: 'CB012', closedOn: '31/12/2025' })).toMatchObject({
      ok: false,
      error: { message: 'errors.org_home_locked' },
    });
  });
});
