import { join } from 'node:path';

export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

export interface NativeBindingContext {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
}

/**
 * Where better-sqlite3's addon built for Electron's ABI lives. node_modules keeps the build for Node (tests and the
 * command line need it), so Electron loads its own copy through better-sqlite3's `nativeBinding` option:
 * build/electron-native.mjs writes it in development, electron-builder's extraResources ships it outside the asar.
 */
export function nativeBindingPath({ isPackaged, resourcesPath, appPath }: NativeBindingContext): string {
  return isPackaged
    ? join(resourcesPath, 'native', NATIVE_BINDING_FILE)
    : join(appPath, 'out', 'native', 'electron', NATIVE_BINDING_FILE);
}
