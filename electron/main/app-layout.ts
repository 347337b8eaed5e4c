import { join } from 'node:path';

/**
 * Where the built app keeps its parts, relative to `app.getAppPath()`: the checkout in development (`electron .`),
 * `resources/app.asar` once packaged. build/bundle-electron.mjs, vite.config.ts and build/electron-builder.json write
 * and pack these same paths (a unit test holds them together).
 */
export function appLayout(appPath: string) {
  return {
    preload: join(appPath, 'out', 'electron', 'preload.cjs'),
    rendererRoot: join(appPath, 'out', 'renderer'),
  };
}
