import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import { openStore } from '../../../db/store';
import { openTempStore, type TempStore } from '../../helpers/temp-database';

const NOW = new Date('2026-01-05T08:00:00.000Z');

describe('the home organisation', () => {
  let temp: TempStore;
  const call = (name: string, payload: unknown = {}) => dispatch(temp.store.handlers, name, payload);

  beforeEach(() => {
    temp = openTempStore({ now: () => NOW });
  });

  afterEach(() => temp.cleanup());

  const cell = {
    code: ' cb012 ',
    name: '  Chi bộ Khu phố 3 ',
    kind: 'chi_bo',
    parentCode: 'du05',
    parentName: 'Đảng ủy phường Hòa Bình',
  };
  const savedCell = {
    code: 'CB012',
    name: 'Chi bộ Khu phố 3',
    kind: 'chi_bo',
    parent: { code: 'DU05', name: 'Đảng ủy phường Hòa Bình' },
    createdAt: NOW.toISOString(),
  };

  it('is unknown before setup', async () => {
    expect(await call('org.home')).toEqual({ ok: true, data: null });
  });

  it('is stored trimmed with upper-case codes, returned, and found again after reopening', async () => {
    expect(await call('org.setupHome', cell)).toEqual({ ok: true, data: savedCell });
    expect(await call('org.home')).toEqual({ ok: true, data: savedCell });

    temp.store.close();
    const reopened = openStore({ file: temp.file, appVersion: 'test' });
    try {
      expect(await dispatch(reopened.handlers, 'org.home', {})).toEqual({ ok: true, data: savedCell });
    } finally {
      reopened.close();
    }
  });

  it('may have no parent when it is an upper committee', async () => {
    const result = await call('org.setupHome', { code: 'TU01', name: 'Tỉnh ủy', kind: 'cap_tren' });
    expect(result).toMatchObject({ ok: true, data: { code: 'TU01', kind: 'cap_tren', parent: null } });
  });

  it('is set up once: a second setup is a conflict naming the existing unit, and changes nothing', async () => {
    await call('org.setupHome', cell);

    const second = await call('org.setupHome', { code: 'CB099', name: 'Chi bộ khác', kind: 'chi_bo_co_so', parentCode: 'X1', parentName: 'Y' });

    expect(second).toEqual({
      ok: false,
      error: { type: 'conflict', message: 'errors.home_exists', params: { name: 'Chi bộ Khu phố 3', code: 'CB012' } },
    });
    expect(await call('org.home')).toEqual({ ok: true, data: savedCell });
    expect(temp.store.db.prepare('SELECT code FROM organisations').all()).toEqual([{ code: 'CB012' }]);
  });

  it('refuses a code another organisation of the register already has, on the code field', async () => {
    temp.store.db
      .prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES ('CB012', 'Chi bộ cũ', 'chi_bo', ?)")
      .run(NOW.toISOString());

    expect(await call('org.setupHome', cell)).toEqual({
      ok: false,
      error: {
        type: 'conflict',
        message: 'errors.code_taken',
        params: { code: 'CB012' },
        issues: [{ path: 'code', message: 'errors.code_taken', params: { code: 'CB012' } }],
      },
    });
    expect(await call('org.home')).toEqual({ ok: true, data: null });
  });

  it('writes nothing when the setup is invalid', async () => {
    const result = await call('org.setupHome', { ...cell, parentName: '' });
    expect(result).toMatchObject({ ok: false, error: { type: 'validation' } });
    expect(temp.store.db.prepare('SELECT count(*) AS n FROM organisations').get()).toEqual({ n: 0 });
  });
});
