import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../db/atomic-write';

describe('writeFileAtomically', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sochibo-atomic-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the whole file and leaves no temporary file behind', () => {
    const file = join(dir, 'CB012_2026-Q3_r1.scb');
    writeFileSync(file, 'old content that is longer than the new one');
    writeFileAtomically(file, Buffer.from('new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['CB012_2026-Q3_r1.scb']);
  });

  it('on failure leaves the old file untouched and no temporary file', () => {
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x');
    expect(() => writeFileAtomically(target, Buffer.from('new'))).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(() => writeFileAtomically(join(dir, 'missing-folder', 'file'), Buffer.from('x'))).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('gives a new file the mode asked for', () => {
    if (process.platform === 'win32') return;
    const file = join(dir, 'sochibo.sqlite.keys');
    writeFileAtomically(file, Buffer.from('{}'), { mode: 0o600 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('{}');
  });
});
