import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CALL_NAMES, type Handlers } from '../../../shared/api/contract';
import { dispatch, toIssues } from '../../../shared/api/dispatch';
import { ApiFailure } from '../../../shared/api/errors';

/** Handlers for the calls these tests make; any other call fails loudly. */
function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = Object.fromEntries(
    CALL_NAMES.map((name) => [name, () => { throw new Error(`${name} is not used by this test`); }]),
  ) as unknown as Handlers;
  return {
    ...unused,
    'app.info': () => ({ version: '1.0.0', databasePath: '/tmp/sochibo.sqlite' }),
    'org.home': () => null,
    'org.setupHome': (setup) => ({ ...setup, parent: null, createdAt: '2026-01-05T08:00:00.000Z' }),
    'settings.get': () => ({ language: 'vi' }),
    'settings.update': () => ({ language: 'en' }),
    ...overrides,
  };
}

const cell = { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường' };

describe('dispatch', () => {
  it('answers a call the contract does not have as unknown_call, naming it', async () => {
    for (const name of ['org.deleteEverything', 'toString', '__proto__', 42]) {
      expect(await dispatch(fakeHandlers(), name, {})).toEqual({
        ok: false,
        error: { type: 'unknown_call', message: 'errors.unknown_call', params: { name: String(name) } },
      });
    }
  });

  it('hands the handler the validated, normalised input', async () => {
    const setupHome = vi.fn(fakeHandlers()['org.setupHome']);
    await dispatch(fakeHandlers({ 'org.setupHome': setupHome }), 'org.setupHome', { ...cell, code: ' cb012 ' });
    expect(setupHome).toHaveBeenCalledWith({ ...cell, code: 'CB012' });
  });

  it('treats a missing payload as an empty one', async () => {
    expect(await dispatch(fakeHandlers(), 'settings.get', undefined)).toEqual({ ok: true, data: { language: 'vi' } });
  });

  it('refuses an invalid payload with one issue per field, each message an i18n key, without calling the handler', async () => {
    const setupHome = vi.fn();
    const result = await dispatch(fakeHandlers({ 'org.setupHome': setupHome }), 'org.setupHome', {
      ...cell,
      code: '',
      name: 'x'.repeat(201),
    });
    expect(result).toEqual({
      ok: false,
      error: {
        type: 'validation',
        message: 'errors.validation',
        issues: [
          { path: 'code', message: 'validation.code_required', params: { min: 1 } },
          { path: 'name', message: 'validation.name_too_long', params: { max: 200 } },
        ],
      },
    });
    expect(setupHome).not.toHaveBeenCalled();
  });

  it("turns zod's own messages into validation.invalid_value, keeping zod's words as the detail", async () => {
    const result = await dispatch(fakeHandlers(), 'settings.update', { language: 'en', colour: 'red' });
    expect(result).toEqual({
      ok: false,
      error: {
        type: 'validation',
        message: 'errors.validation',
        issues: [{ path: '', message: 'validation.invalid_value', params: { detail: expect.stringContaining('colour') } }],
      },
    });
  });

  it('keeps an area’s own validation keys (ratings.validation.…) and turns other words into invalid_value', () => {
    const schema = z.object({ reason: z.string().min(1, 'ratings.validation.reason_required'), note: z.string().max(1, 'too long') });
    const result = schema.safeParse({ reason: '', note: 'ab' });
    if (result.success) throw new Error('expected a refusal');
    expect(toIssues(result.error)).toEqual([
      { path: 'reason', message: 'ratings.validation.reason_required', params: { min: 1 } },
      { path: 'note', message: 'validation.invalid_value', params: { detail: 'too long' } },
    ]);
  });

  it('passes on the data of an ApiFailure thrown by a handler', async () => {
    const handlers = fakeHandlers({
      'org.setupHome': () => {
        throw new ApiFailure('conflict', 'errors.home_exists', { name: 'Chi bộ 1', code: 'CB001' });
      },
    });
    expect(await dispatch(handlers, 'org.setupHome', cell)).toEqual({
      ok: false,
      error: { type: 'conflict', message: 'errors.home_exists', params: { name: 'Chi bộ 1', code: 'CB001' } },
    });
  });

  it('reports any other failure as internal, without its message, and tells the host', async () => {
    const secret = new Error('SQLITE_CORRUPT at /home/bi-thu/.config/SoChiBo/sochibo.sqlite');
    const onInternalError = vi.fn();
    const handlers = fakeHandlers({
      'org.home': async () => {
        throw secret;
      },
    });

    const result = await dispatch(handlers, 'org.home', {}, onInternalError);

    expect(result).toEqual({ ok: false, error: { type: 'internal', message: 'errors.internal' } });
    expect(JSON.stringify(result)).not.toContain('SQLITE');
    expect(onInternalError).toHaveBeenCalledWith(secret, 'org.home');
  });
});
