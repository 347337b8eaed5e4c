import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMITTED, AN, MADE_OFFICIAL, openRegister, type Register } from './register';

const BINH = { fullName: 'Lê Thị Bình', gender: 'nu', birthDate: '02/09/1985', ethnicity: '01', religion: 'phat_giao', partyCardNumber: '52.099999' } as const;

describe('correcting a member', () => {
  let register: Register;
  let an: number;

  beforeEach(async () => {
    register = await openRegister();
    an = (await register.call('members.create', { record: AN, events: [ADMITTED, MADE_OFFICIAL] })).id;
    await register.call('org.add', { code: 'CB013', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'CB012' });
  });

  afterEach(() => register.cleanup());

  it('saves the record and the unit, and the history keeps both versions', async () => {
    const updated = await register.call('members.update', {
      id: an,
      record: { ...AN, phone: '0912 345 678', theoryLevel: 'cao_cap' },
      unitCode: 'CB013',
    });
    expect(updated).toMatchObject({ unitCode: 'CB013', record: { phone: '0912345678', theoryLevel: 'cao_cap' }, state: { status: 'official' } });

    const [latest] = await register.call('members.history', { id: an });
    expect(latest).toMatchObject({
      entity: 'member',
      entityId: an,
      action: 'update',
      before: { unitCode: 'CB012', theoryLevel: 'trung_cap' },
      after: { unitCode: 'CB013', theoryLevel: 'cao_cap', phone: '0912345678' },
    });
    expect(latest?.before).not.toHaveProperty('phone');
  });

  it('leaves no trace when nothing changed', async () => {
    const before = register.count('audit_log');
    await register.call('members.update', { id: an, record: AN, unitCode: '' });
    expect(register.count('audit_log')).toBe(before);
  });

  it('lets the member keep their own card and ID, but not take another member’s', async () => {
    await register.call('members.update', { id: an, record: { ...AN, partyCardNumber: '52012345' }, unitCode: 'CB012' });
    await register.call('members.create', { record: BINH, events: [] });

    const result = await register.attempt('members.update', { id: an, record: { ...AN, partyCardNumber: '52099999' }, unitCode: 'CB012' });
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'errors.duplicate_card', params: { name: 'Lê Thị Bình', unit: 'Chi bộ Khu phố 3' } },
    });
    expect((await register.call('members.get', { id: an })).record.partyCardNumber).toBe('52012345');
  });

  it('re-checks the history against a corrected birth date, on the birth date field', async () => {
    // Born 2008: 15 years old at the admission of 15/3/2024.
    const result = await register.attempt('members.update', { id: an, record: { ...AN, birthDate: '01/01/2008' }, unitCode: '' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        type: 'validation',
        message: 'rules.admission_too_young',
        issues: [{ path: 'record.birthDate', message: 'rules.admission_too_young' }],
      },
    });
    expect((await register.call('members.get', { id: an })).record.birthDate).toBe('1980-05-17');
  });

  it('keeps a member in a unit that has since closed, but moves no one into one', async () => {
    const moved = await register.call('members.create', { record: BINH, unitCode: 'CB013', events: [] });
    await register.call('org.close', { code: 'CB013', closedOn: '01/01/2026' });

    await register.call('members.update', { id: moved.id, record: { ...BINH, note: 'Đã chuyển hồ sơ' }, unitCode: 'CB013' });
    expect(await register.attempt('members.update', { id: an, record: AN, unitCode: 'CB013' })).toMatchObject({
      ok: false,
      error: { message: 'errors.unit_closed', issues: [{ path: 'unitCode' }] },
    });
  });

  it('answers “not found” for a member the register does not have', async () => {
    expect(await register.attempt('members.update', { id: 999, record: AN, unitCode: '' })).toEqual({
      ok: false,
      error: { type: 'not_found', message: 'errors.member_not_found', params: { id: 999 } },
    });
    expect(await register.attempt('members.get', { id: 999 })).toMatchObject({ ok: false, error: { message: 'errors.member_not_found' } });
    expect(await register.attempt('members.history', { id: 999 })).toMatchObject({ ok: false, error: { message: 'errors.member_not_found' } });
  });
});
