import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import { openStore } from '../../../db/store';
import { openTempStore, type TempStore } from '../../helpers/temp-database';

describe('settings', () => {
  let temp: TempStore;
  const call = (name: string, payload: unknown = {}) => dispatch(temp.store.handlers, name, payload);

  beforeEach(() => {
    temp = openTempStore();
  });

  afterEach(() => temp.cleanup());

  it('speak Vietnamese until told otherwise', async () => {
    expect(await call('settings.get')).toEqual({ ok: true, data: { language: 'vi' } });
  });

  it('keep a changed language after the register is closed and opened again', async () => {
    expect(await call('settings.update', { language: 'en' })).toEqual({ ok: true, data: { language: 'en' } });

    temp.store.close();
    const reopened = openStore({ file: temp.file, appVersion: 'test' });
    try {
      expect(await dispatch(reopened.handlers, 'settings.get', {})).toEqual({ ok: true, data: { language: 'en' } });
    } finally {
      reopened.close();
    }
  });

  it('leave everything as it was for an empty change', async () => {
    await call('settings.update', { language: 'en' });
    expect(await call('settings.update', {})).toEqual({ ok: true, data: { language: 'en' } });
  });

  it('refuse a language the app does not have, and keep the current one', async () => {
    expect(await call('settings.update', { language: 'fr' })).toEqual({
      ok: false,
      error: {
        type: 'validation',
        message: 'errors.validation',
        issues: [{ path: 'language', message: 'validation.language_unknown', params: { options: 'vi, en' } }],
      },
    });
    expect(await call('settings.get')).toEqual({ ok: true, data: { language: 'vi' } });
  });

  it('fall back to Vietnamese when the file holds a language this version does not know', async () => {
    temp.store.db.prepare("INSERT INTO settings (key, value) VALUES ('language', 'fr')").run();
    expect(await call('settings.get')).toEqual({ ok: true, data: { language: 'vi' } });
  });
});
