import { build } from 'vite';

/** Builds the renderer once, as `npm run preview` does, before any browser test starts. */
export default async function buildRenderer() {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
