import { readFileSync } from 'node:fs';

/** The version in package.json, for hosts that are not Electron (which has app.getVersion()). */
export function packageVersion(): string {
  const file = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
