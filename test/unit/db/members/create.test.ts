import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../shared/api/dispatch';
import { openTempStore } from '../../../helpers/temp-database';
import { ADMITTED, AN, MADE_OFFICIAL, openRegister, TODAY, type Register } from './register';

describe('adding a member', () => {
  let register: Register;

  beforeEach(async () => {
    register = await openRegister();
  });

  afterEach(() => register.cleanup());

  it('keeps the record and computes the status and party age from the admission and recognition', async () => {
    const member = await register.call('members.create', { record: AN, events: [ADMITTED, MADE_OFFICIAL] });

    expect(member).toMatchObject({
      unitCode: 'CB012',
      unitName: 'Chi bộ Khu phố 3',
      record: { fullName: 'Nguyễn Văn An', birthDate: '1980-05-17', partyCardNumber: '52.012345', theoryLevel: 'trung_cap' },
      state: {
        asOf: TODAY,
        status: 'official',
        inParty: true,
        countedHere: true,
        admittedOn: '2024-03-15',
        ceremonyOn: '2024-04-01',
        officialOn: '2025-04-10',
        // 15/3/2024 to 5/1/2026: 21 whole months.
        partyAgeMonths: 21,
      },
    });
    expect(member.events.map((event) => [event.type, event.date])).toEqual([
      ['admitted', '2024-03-15'],
      ['made_official', '2025-04-10'],
    ]);
    expect(await register.call('members.get', { id: member.id })).toEqual(member);
  });

  it('is probationary, with the end of probation, while only the admission is recorded', async () => {
    const member = await register.call('members.create', {
      record: AN,
      events: [{ type: 'admitted', date: '20/06/2025', ceremonyDate: '05/07/2025' }],
    });
    expect(member.state).toMatchObject({ status: 'probationary', probationary: true, probationEndsOn: '2026-07-05' });
  });

  it('goes into the unit named, or the home unit when none is', async () => {
    await register.call('org.add', { code: 'CB013', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'CB012' });
    const there = await register.call('members.create', { record: AN, unitCode: 'cb013', events: [] });
    const home = await register.call('members.create', { record: { ...AN, citizenId: '', partyCardNumber: '' }, unitCode: '', events: [] });
    expect([there.unitCode, there.unitName]).toEqual(['CB013', 'Chi bộ Khu phố 4']);
    expect(home.unitCode).toBe('CB012');
  });

  it('refuses a unit the register does not have, or one that has closed, writing nothing', async () => {
    expect(await register.attempt('members.create', { record: AN, unitCode: 'CB999', events: [] })).toEqual({
      ok: false,
      error: {
        type: 'not_found',
        message: 'errors.unit_not_found',
        params: { code: 'CB999' },
        issues: [{ path: 'unitCode', message: 'errors.unit_not_found', params: { code: 'CB999' } }],
      },
    });

    await register.call('org.add', { code: 'CB013', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'CB012' });
    await register.call('org.close', { code: 'CB013', closedOn: '31/12/2025' });
    expect(await register.attempt('members.create', { record: AN, unitCode: 'CB013', events: [] })).toMatchObject({
      ok: false,
      error: { message: 'errors.unit_closed', params: { name: 'Chi bộ Khu phố 4', closedOn: '31/12/2025' } },
    });
    expect(register.count('members')).toBe(0);
  });

  it('refuses a party card or citizen ID another member holds, naming that member, and writes nothing', async () => {
    await register.call('members.create', { record: AN, events: [ADMITTED] });
    const auditRows = register.count('audit_log');

    const sameCard = await register.attempt('members.create', {
      record: { ...AN, fullName: 'Lê Thị Bình', gender: 'nu', citizenId: '', partyCardNumber: '52012345' },
      events: [{ ...ADMITTED }],
    });
    expect(sameCard).toEqual({
      ok: false,
      error: {
        type: 'conflict',
        message: 'errors.duplicate_card',
        params: { card: '52012345', name: 'Nguyễn Văn An', unit: 'Chi bộ Khu phố 3' },
        issues: [
          {
            path: 'record.partyCardNumber',
            message: 'errors.duplicate_card',
            params: { card: '52012345', name: 'Nguyễn Văn An', unit: 'Chi bộ Khu phố 3' },
          },
        ],
      },
    });

    const both = await register.attempt('members.create', { record: { ...AN, fullName: 'Lê Thị Bình' }, events: [] });
    expect(both).toMatchObject({
      ok: false,
      error: {
        message: 'errors.duplicate_citizen_id',
        params: { citizenId: '001080012345', name: 'Nguyễn Văn An', unit: 'Chi bộ Khu phố 3' },
        issues: [{ path: 'record.citizenId' }, { path: 'record.partyCardNumber' }],
      },
    });

    expect(register.count('members')).toBe(1);
    expect(register.count('member_events')).toBe(1);
    expect(register.count('audit_log')).toBe(auditRows);
  });

  it('refuses events that do not fit, with the rule, on the offending event, and writes nothing', async () => {
    // Born 17/5/1960: 63 years old at an admission decided on 15/3/2024.
    const tooOld = await register.attempt('members.create', { record: { ...AN, birthDate: '17/05/1960' }, events: [ADMITTED] });
    expect(tooOld).toMatchObject({
      ok: false,
      error: {
        type: 'validation',
        message: 'rules.admission_too_old',
        params: { years: 63, maxYears: 60, rule: expect.stringMatching(/^Quy định \d+-QĐ\/TW/) },
        issues: [{ path: 'events.0.date', message: 'rules.admission_too_old' }],
      },
    });

    // Listed recognition first: the history is checked in date order, the issue still points at the input's index.
    const tooEarly = await register.attempt('members.create', {
      record: AN,
      events: [{ ...MADE_OFFICIAL, date: '01/12/2024' }, ADMITTED],
    });
    expect(tooEarly).toMatchObject({
      ok: false,
      error: {
        message: 'rules.official_too_early.ceremony',
        params: { endsOn: '01/04/2025', rule: expect.any(String) },
        issues: [{ path: 'events.0.date' }],
      },
    });

    expect(register.count('members')).toBe(0);
    expect(register.count('member_events')).toBe(0);
    expect(register.count('audit_log')).toBe(0);
  });

  it('refuses a record the schema refuses, naming the field', async () => {
    const result = await register.attempt('members.create', { record: { ...AN, citizenId: '12345' }, events: [] });
    expect(result).toMatchObject({
      ok: false,
      error: { type: 'validation', issues: [{ path: 'record.citizenId', message: 'validation.citizen_id_format' }] },
    });
    expect(register.count('members')).toBe(0);
  });

  it('is refused before the register is set up', async () => {
    const bare = openTempStore();
    try {
      expect(await dispatch(bare.store.handlers, 'members.create', { record: AN, events: [] })).toEqual({
        ok: false,
        error: { type: 'conflict', message: 'errors.home_missing' },
      });
    } finally {
      bare.cleanup();
    }
  });
});
