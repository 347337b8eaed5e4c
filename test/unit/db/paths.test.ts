import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbArgument, defaultDataDir, resolveDatabasePath } from '../../../db/paths';

const linux = { platform: 'linux' as const, env: {}, homedir: '/home/bi-thu', cwd: '/home/bi-thu/Documents' };

describe('which database file is opened', () => {
  it('is the one after --db, in either spelling', () => {
    expect(dbArgument(['info', '--db', 'a.sqlite'])).toBe('a.sqlite');
    expect(dbArgument(['info', '--db=b.sqlite'])).toBe('b.sqlite');
    expect(dbArgument(['info'])).toBeUndefined();
  });

  it('resolves a relative --db against the working folder', () => {
    expect(resolveDatabasePath({ ...linux, argv: ['info', '--db', 'so/chibo.sqlite'] })).toBe(
      resolve('/home/bi-thu/Documents', 'so/chibo.sqlite'),
    );
    expect(resolveDatabasePath({ ...linux, argv: ['--db=/srv/x.sqlite', 'info'] })).toBe(resolve('/srv/x.sqlite'));
  });

  it('is SOCHIBO_DB when there is no --db, and --db wins over it', () => {
    const env = { SOCHIBO_DB: 'env.sqlite' };
    expect(resolveDatabasePath({ ...linux, env, argv: ['info'] })).toBe(resolve('/home/bi-thu/Documents', 'env.sqlite'));
    expect(resolveDatabasePath({ ...linux, env, argv: ['info', '--db', 'arg.sqlite'] })).toBe(
      resolve('/home/bi-thu/Documents', 'arg.sqlite'),
    );
  });

  it('is otherwise the per-user file of the desktop app', () => {
    expect(resolveDatabasePath({ ...linux, argv: ['info'] })).toBe(join('/home/bi-thu/.config', 'SoChiBo', 'sochibo.sqlite'));
  });
});

describe('the per-user data folder', () => {
  it('follows XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(defaultDataDir({ ...linux, env: { XDG_CONFIG_HOME: '/data/cfg' } })).toBe(join('/data/cfg', 'SoChiBo'));
    expect(defaultDataDir({ ...linux, env: { XDG_CONFIG_HOME: '' } })).toBe(join('/home/bi-thu/.config', 'SoChiBo'));
  });

  it('is under APPDATA on Windows, else the roaming folder of the profile', () => {
    const windows = { platform: 'win32' as const, homedir: 'C:\\Users\\BiThu' };
    expect(defaultDataDir({ ...windows, env: { APPDATA: 'C:\\Users\\BiThu\\AppData\\Roaming' } })).toBe(
      join('C:\\Users\\BiThu\\AppData\\Roaming', 'SoChiBo'),
    );
    expect(defaultDataDir({ ...windows, env: { APPDATA: '' } })).toBe(join('C:\\Users\\BiThu', 'AppData', 'Roaming', 'SoChiBo'));
  });

  it('is under Application Support on macOS', () => {
    expect(defaultDataDir({ platform: 'darwin', env: {}, homedir: '/Users/bithu' })).toBe(
      join('/Users/bithu', 'Library', 'Application Support', 'SoChiBo'),
    );
  });
});
