import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ApiErrorData } from '../../../shared/api/errors';
import type { FilePayload } from '../../../shared/members/views';

/**
 * The key card `--encrypt-to` names, read from disk for the call to check; when the file cannot be read, the refusal
 * to print (`message` says which command's words).
 */
export function readCardOption(cwd: string, option: string, message: string): { file: FilePayload } | { error: ApiErrorData } {
  const path = resolve(cwd, option);
  try {
    return { file: { fileName: basename(path), base64: readFileSync(path).toString('base64') } };
  } catch (error) {
    return { error: { type: 'not_found', message, params: { file: path, reason: (error as Error).message } } };
  }
}
