import { m001Organisations } from './001-organisations';
import { m002Settings } from './002-settings';
import type { Migration } from './migration';

/** Every schema step, in order. Append only. */
export const migrations: readonly Migration[] = [m001Organisations, m002Settings];
