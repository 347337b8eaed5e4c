import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../..', import.meta.url));

export interface RunningPreview {
  /** The one-time address with the token, as printed for the user. */
  url: string;
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts the real browser-preview host (`electron/preview/main.ts`, what `npm run preview` runs after building)
 * as its own process on the given database, and waits for the address it prints.
 */
export function startPreview(dbFile: string): Promise<RunningPreview> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/preview/main.ts', '--db', dbFile], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SOCHIBO_DB: '' },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output)?.[0];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        origin: new URL(url).origin,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}:\n${output}`));
    });
  });
}
