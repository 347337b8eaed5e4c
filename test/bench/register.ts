import { join } from 'node:path';
import { createMember } from '../../db/members/create';
import { openStore, type Store } from '../../db/store';
import { call } from './api';
import { BENCH_NOW, memberLife, veteranLife, type MemberLife } from './histories';
import { seededRandom } from './random';

export const HOME = {
  code: 'DBHB',
  name: 'Đảng bộ phường Hòa Bình',
  kind: 'dang_bo_co_so',
  parentCode: 'TU01',
  parentName: 'Đảng bộ Thành phố',
} as const;

/** The cells under the home unit: one per 250 members, as in a large ward. */
export const unitCodes = (count: number) => Array.from({ length: count }, (_, index) => `CB${String(index + 1).padStart(2, '0')}`);

export function openBenchStore(file: string): Store {
  return openStore({ file, appVersion: 'bench', now: () => BENCH_NOW });
}

export interface Register {
  size: number;
  file: string;
  store: Store;
  /** The member with the long history (the target of `members.get` and `events.add`). */
  veteranId: number;
  events: number;
  /** How long entering the members took. */
  buildMs: number;
}

/** The same members for the same seed: `serialFrom` keeps card numbers and CCCDs apart between registers and files. */
export function generateLives(count: number, seed: number, serialFrom: number, units: readonly string[]): MemberLife[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => memberLife(random, { serial: serialFrom + index, unitCodes: units }));
}

/**
 * A register of `size` members on a new file: the home unit and its cells set up through the API, then every member
 * entered with the service's own `createMember` (record, history check, events, audit rows) in one transaction.
 */
export async function buildRegister(dir: string, size: number, seed: number): Promise<Register> {
  const file = join(dir, `register-${size}.sqlite`);
  const store = openBenchStore(file);
  await call(store.handlers, 'org.setupHome', HOME);
  const units = unitCodes(Math.max(1, Math.round(size / 250)));
  for (const code of units) {
    await call(store.handlers, 'org.add', { code, name: `Chi bộ Khu phố ${code.slice(2)}`, kind: 'chi_bo', parentCode: HOME.code });
  }
  const veteran = veteranLife(0, units[0] ?? HOME.code);
  const lives = generateLives(size - 1, seed, 1, units);

  const start = performance.now();
  const veteranId = store.db.transaction(() => {
    const id = createMember(store.db, veteran, BENCH_NOW);
    for (const life of lives) createMember(store.db, life, BENCH_NOW);
    return id;
  })();
  const buildMs = performance.now() - start;
  // Everything in the main file, so that copies of it are whole and the WAL starts empty for the measurements.
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const events = lives.reduce((sum, life) => sum + life.events.length, veteran.events.length);
  return { size, file, store, veteranId, events, buildMs };
}
