import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `bytes` to `path` so that a crash at any instant leaves either the old file (or none) or the whole new one:
 * a temporary file in the same folder (rename is atomic only within one file system), written and flushed to disk,
 * renamed over the final name, then the folder itself flushed so the rename survives a power cut. `mode` applies to
 * a new file (0o600 for the private key file; Windows ignores it).
 */
export function writeFileAtomically(path: string, bytes: Uint8Array, options: { mode?: number } = {}): void {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // 'wx': never follow or reuse a file someone left under the temporary name.
    const handle = openSync(temporary, 'wx', options.mode ?? 0o666);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(handle, bytes, written, bytes.length - written);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  flushFolder(folder);
}

/** Flushes a folder's entries; Windows cannot open a folder for this, and its rename is already durable (NTFS log). */
function flushFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const handle = openSync(folder, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}
