import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticFile } from '../../../electron/common/static-files';

describe('resolveStaticFile', () => {
  let dir: string;
  let root: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sochibo-static-'));
    root = join(dir, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'index-abc.js'), '');
    writeFileSync(join(root, 'assets', 'tên có dấu.svg'), '');
    // A file beside the root whose name starts like the root's: a naive prefix check would let it through.
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    mkdirSync(join(dir, 'renderer-private'));
    writeFileSync(join(dir, 'renderer-private', 'key.txt'), 'key');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves index.html for the root and files by their path', () => {
    expect(resolveStaticFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticFile(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveStaticFile(root, '/assets/t%C3%AAn%20c%C3%B3%20d%E1%BA%A5u.svg')).toBe(join(root, 'assets', 'tên có dấu.svg'));
  });

  it.each([
    ['/../secret.txt'],
    ['/..%2fsecret.txt'],
    ['/assets/..%2f..%2fsecret.txt'],
    ['/%2e%2e/secret.txt'],
    ['/..%5csecret.txt'],
    ['/../renderer-private/key.txt'],
    ['/%2e%2e%2frenderer-private%2fkey.txt'],
  ])('refuses %s, which climbs out of the root', (pathname) => {
    expect(resolveStaticFile(root, pathname)).toBeNull();
  });

  it('refuses malformed escapes and NUL bytes', () => {
    expect(resolveStaticFile(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStaticFile(root, '/index.html%00.js')).toBeNull();
  });

  it('answers null for missing files, folders and paths through a file', () => {
    expect(resolveStaticFile(root, '/missing.js')).toBeNull();
    expect(resolveStaticFile(root, '/assets')).toBeNull();
    expect(resolveStaticFile(root, '/index.html/x')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('labels scripts, styles and pages exactly, since nosniff refuses anything else', () => {
    expect(contentTypeFor('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/a/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/a/index-abc.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/a/be-vietnam-pro.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/a/unknown.bin')).toBe('application/octet-stream');
  });
});
