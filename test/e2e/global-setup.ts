import { build } from 'vite';

/** Builds the renderer once, as `npm run preview` does, before any browser test starts. */
export default async function buildRenderer() {
  // Vitest sets NODE_ENV=test, which would give a development React and JSX runtime; test the build users get.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
