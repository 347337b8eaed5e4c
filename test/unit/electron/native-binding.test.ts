import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingPath } from '../../../electron/main/native-binding';

describe('nativeBindingPath', () => {
  it('finds the packaged addon among the resources, outside the asar', () => {
    const path = nativeBindingPath({ isPackaged: true, resourcesPath: '/opt/SoChiBo/resources', appPath: '/opt/SoChiBo/resources/app.asar' });
    expect(path).toBe(join('/opt/SoChiBo/resources', 'native', 'better_sqlite3.node'));
  });

  it('finds the development addon in the checkout’s out/ folder, never in node_modules', () => {
    const path = nativeBindingPath({ isPackaged: false, resourcesPath: '/electron/resources', appPath: '/work/sochibo' });
    expect(path).toBe(join('/work/sochibo', 'out', 'native', 'electron', 'better_sqlite3.node'));
    expect(path).not.toContain('node_modules');
  });
});
