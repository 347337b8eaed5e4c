#!/usr/bin/env node
// The command line runs the TypeScript sources directly on plain Node (no build step, no Electron): tsx compiles
// them as they load, so `npx sochibo` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});
