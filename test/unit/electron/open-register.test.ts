import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../../../electron/main/open-register';
import { createTranslator } from '../../../shared/i18n/translator';
import { NODE_BINDING } from './native';

const { t } = createTranslator('vi');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sochibo-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openRegister', () => {
  it('opens the register with the given native binding', () => {
    const outcome = openRegister({ file: join(dir, 'db.sqlite'), appVersion: '1.0.0', nativeBinding: NODE_BINDING, t });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.store.handlers['org.home']({})).toBeNull();
    outcome.store.close();
  });

  it('says in Vietnamese which file is missing when the Electron build is absent', () => {
    const binding = join(dir, 'native', 'better_sqlite3.node');
    const outcome = openRegister({ file: join(dir, 'db.sqlite'), appVersion: '1.0.0', nativeBinding: binding, t });
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('Thiếu thành phần cơ sở dữ liệu') });
    expect(outcome.ok ? '' : outcome.message).toContain(binding);
  });

  it('refuses a register from a newer version, naming both schema versions', () => {
    const file = join(dir, 'db.sqlite');
    const newer = new Database(file);
    newer.pragma('user_version = 99');
    newer.close();
    const outcome = openRegister({ file, appVersion: '1.0.0', nativeBinding: NODE_BINDING, t });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toMatch(/phiên bản mới hơn.*lược đồ 99/);
  });

  it('refuses a file that is not a register, naming it', () => {
    const file = join(dir, 'db.sqlite');
    writeFileSync(file, 'này không phải cơ sở dữ liệu '.repeat(100));
    const outcome = openRegister({ file, appVersion: '1.0.0', nativeBinding: NODE_BINDING, t });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toContain(`Không mở được tệp dữ liệu ${file}`);
  });
});
