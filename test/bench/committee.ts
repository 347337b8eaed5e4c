import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createMember } from '../../db/members/create';
import type { Store } from '../../db/store';
import type { FilePayload } from '../../shared/members/views';
import { call } from './api';
import { BENCH_NOW } from './histories';
import { median } from './measure';
import { generateLives, HOME, openBenchStore, unitCodes } from './register';

/** The quarter the committee receives, and the one before, whose files pinned the cells' keys. */
export const EXCHANGE_PERIOD = '2025-Q4';
const PREVIOUS_PERIOD = '2025-Q3';

/** Card numbers and CCCDs of the cells' members, apart from those of the other registers (which stay below 600,000). */
const CELL_SERIALS_FROM = 600_001;

/** A ward committee and its cells, each cell a register of its own, as the exchange sends files between them. */
export interface CommitteeSetup {
  cells: number;
  membersPerCell: number;
  events: number;
  /** How many of the cells encrypt their files to the committee's key card. */
  encrypted: number;
  /**
   * The committee's register and, beside it, its key file: the cells' keys pinned by their files of the quarter
   * before, the quarter's files not received yet. Every import starts from a copy of it.
   */
  committeeFile: string;
  /** The cells' files of `EXCHANGE_PERIOD`, as the committee receives them. */
  files: FilePayload[];
  fileBytes: number;
  /** Entering every cell's members, all cells. */
  buildMs: number;
  /** Median of one cell's export of its quarter's file. */
  cellExportMs: number;
}

/**
 * A cell's register: its home unit a cell whose parent is the committee, its members entered with the service's own
 * `createMember` in one transaction (as `buildRegister` does), so that the time spent is that of the members alone.
 */
async function buildCell(dir: string, code: string, index: number, size: number): Promise<{ store: Store; events: number; ms: number }> {
  const store = openBenchStore(join(dir, `cell-${code}.sqlite`));
  await call(store.handlers, 'org.setupHome', { code, name: `Chi bộ Khu phố ${code.slice(2)}`, kind: 'chi_bo', parentCode: HOME.code, parentName: HOME.name });
  const lives = generateLives(size, 100 + index, CELL_SERIALS_FROM + index * size, [code]);
  const start = performance.now();
  store.db.transaction(() => {
    for (const life of lives) createMember(store.db, life, BENCH_NOW);
  })();
  const ms = performance.now() - start;
  return { store, events: lives.reduce((sum, life) => sum + life.events.length, 0), ms };
}

/**
 * `cells` cells of `membersPerCell` members under the ward committee (HOME). Every other cell encrypts to the
 * committee's key card, as a careful secretary would, so that the import opens both kinds of file. The committee
 * trusts each cell on its first file (the quarter before), by the fingerprint the cell read out: that pins the key
 * and adds the cell as its unit, as the three-level chain test does.
 */
export async function buildCommittee(dir: string, cells: number, membersPerCell: number): Promise<CommitteeSetup> {
  const committeeDir = join(dir, 'committee');
  mkdirSync(committeeDir);
  const committeeFile = join(committeeDir, 'committee.sqlite');
  const committee = openBenchStore(committeeFile);
  await call(committee.handlers, 'org.setupHome', HOME);
  const card = (await call(committee.handlers, 'keys.card', {})).file;

  const previous: FilePayload[] = [];
  const files: FilePayload[] = [];
  const trust: string[] = [];
  const exportMs: number[] = [];
  let events = 0;
  let buildMs = 0;
  for (const [index, code] of unitCodes(cells).entries()) {
    const cell = await buildCell(dir, code, index, membersPerCell);
    events += cell.events;
    buildMs += cell.ms;
    const encryptTo = index % 2 === 1 ? { encryptTo: card } : {};
    const before = await call(cell.store.handlers, 'exchange.export', { period: PREVIOUS_PERIOD, ...encryptTo });
    const start = performance.now();
    const exported = await call(cell.store.handlers, 'exchange.export', { period: EXCHANGE_PERIOD, ...encryptTo });
    exportMs.push(performance.now() - start);
    previous.push(before.file);
    files.push(exported.file);
    trust.push(exported.summary.fingerprint);
    cell.store.close();
  }

  const first = await call(committee.handlers, 'exchange.importCommit', { files: previous, trust, repin: [], backup: false });
  const refused = first.files.filter((file) => file.outcome !== 'accept');
  if (refused.length > 0) throw new Error(`the committee refused the cells' first files: ${JSON.stringify(refused.slice(0, 3))}`);
  committee.db.pragma('wal_checkpoint(TRUNCATE)');
  committee.close();

  return {
    cells,
    membersPerCell,
    events,
    encrypted: Math.floor(cells / 2),
    committeeFile,
    files,
    fileBytes: files.reduce((sum, file) => sum + Buffer.byteLength(file.base64, 'base64'), 0),
    buildMs,
    cellExportMs: median(exportMs),
  };
}

/** A copy of the prepared committee register, with its key file, in a folder of its own (its safety copies go there). */
export function copyCommittee(setup: CommitteeSetup, dir: string): Store {
  mkdirSync(dir);
  const file = join(dir, 'committee.sqlite');
  copyFileSync(setup.committeeFile, file);
  copyFileSync(`${setup.committeeFile}.keys`, `${file}.keys`);
  return openBenchStore(file);
}
