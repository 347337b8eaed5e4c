import { rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readExchangeFile } from '../../db/exchange/exchange-file';
import type { Store } from '../../db/store';
import { exchangeContentSchema } from '../../shared/exchange/content';
import type { ImportVerdict } from '../../shared/exchange/import-outcome';
import type { FilePayload } from '../../shared/members/views';
import { parsePeriod } from '../../shared/reports/period';
import { call } from './api';
import { boardBreakdown } from './board-breakdown';
import type { Breakdown } from './breakdown';
import type { BudgetName } from './budgets';
import { buildCommittee, copyCommittee, EXCHANGE_PERIOD } from './committee';
import { time, type Timing } from './measure';

/** A ward of 40 cells of 250 members: as many members as the large register, each cell keeping its own. */
const CELLS = 40;
const MEMBERS_PER_CELL = 250;

/** What the runner lends the committee's measurements. */
export interface Recorder {
  measure(id: string, label: string, budget: BudgetName, timing: Promise<Timing>): Promise<void>;
  sampleBaseline(count: number): void;
  log(message: string): void;
}

/** The committee side as the results file records it. */
export interface CommitteeFigures {
  cells: number;
  membersPerCell: number;
  events: number;
  encryptedFiles: number;
  filesBytes: number;
  /** The committee's register before the quarter's files: what every import's safety copy copies. */
  committeeBytes: number;
  /** Building everything: cells, their files, the committee's first import. */
  setupMs: number;
  /** Entering the cells' members alone. */
  membersMs: number;
  cellExportMs: number;
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;

function allAccepted(verdicts: readonly ImportVerdict[], what: string): void {
  const refused = verdicts.filter((verdict) => verdict.outcome !== 'accept');
  if (refused.length > 0 || verdicts.length !== CELLS) throw new Error(`${what}: ${verdicts.length} files, refused ${JSON.stringify(refused.slice(0, 3))}`);
}

/** The committee's file must carry the cells' files as they were received, byte for byte. */
function checkNested(file: FilePayload, cellFiles: readonly FilePayload[]): void {
  const content = exchangeContentSchema.parse(readExchangeFile(Buffer.from(file.base64, 'base64')).content);
  const nested = new Set(content.units.map((unit) => unit.base64));
  if (nested.size !== cellFiles.length || cellFiles.some((cell) => !nested.has(cell.base64))) {
    throw new Error(`the committee's file nests ${nested.size} files, not the ${cellFiles.length} cells' files as received`);
  }
}

/**
 * The committee receiving its cells' quarter: the import's preview and commit of the 40 files, then the board, the
 * consolidated report and the committee's own file, all through `dispatch`. Every import starts from the committee as
 * it was before the files came (its register copied, untimed); the reads and the export run on one copy that
 * received them.
 */
export async function measureCommittee(dir: string, bench: Recorder): Promise<{ figures: CommitteeFigures; breakdown: Breakdown }> {
  bench.log(`building ${CELLS} cell registers of ${MEMBERS_PER_CELL} members, their files, and the committee`);
  const started = performance.now();
  const setup = await buildCommittee(dir, CELLS, MEMBERS_PER_CELL);
  const figures: CommitteeFigures = {
    cells: setup.cells,
    membersPerCell: setup.membersPerCell,
    events: setup.events,
    encryptedFiles: setup.encrypted,
    filesBytes: setup.fileBytes,
    committeeBytes: statSync(setup.committeeFile).size,
    setupMs: performance.now() - started,
    membersMs: setup.buildMs,
    cellExportMs: setup.cellExportMs,
  };
  bench.log(
    `${CELLS} cells (${setup.events} events) and their files (${kb(setup.fileBytes)}) in ${(figures.setupMs / 1000).toFixed(1)} s; ` +
      `a cell's export ${setup.cellExportMs.toFixed(0)} ms`,
  );
  bench.sampleBaseline(5);

  const files = setup.files;
  const period = EXCHANGE_PERIOD;
  const committee = copyCommittee(setup, join(dir, 'committee-received'));
  const { handlers } = committee;
  allAccepted((await call(handlers, 'exchange.importPreview', { files })).files, 'preview');
  await bench.measure(
    'exchange.preview.40',
    `exchange.importPreview of the ${CELLS} cells' files of ${period} (${MEMBERS_PER_CELL} members each, ${kb(setup.fileBytes)}, ` +
      `${setup.encrypted} encrypted to the committee), keys pinned by last quarter's files → all accepted`,
    'exchange.preview.40',
    time(() => call(handlers, 'exchange.importPreview', { files }), { reps: 5 }),
  );

  let copies = 0;
  await bench.measure(
    'exchange.commit.40',
    `exchange.importCommit of the same files, each run into a fresh copy of the committee (safety copy of its ${kb(figures.committeeBytes)}, then one transaction)`,
    'exchange.commit.40',
    time(
      async (store: Store) => allAccepted((await call(store.handlers, 'exchange.importCommit', { files, trust: [], repin: [], backup: true })).files, 'import'),
      {
        reps: 5,
        setup: () => copyCommittee(setup, join(dir, `committee-commit-${(copies += 1)}`)),
        teardown: (store) => {
          store.close();
          rmSync(dirname(store.file), { recursive: true, force: true });
        },
      },
    ),
  );
  bench.sampleBaseline(5);

  allAccepted((await call(handlers, 'exchange.importCommit', { files, trust: [], repin: [], backup: false })).files, 'import');
  const board = await call(handlers, 'exchange.completeness', { period });
  const received = board.units.filter((unit) => unit.status === 'received').length;
  if (received !== CELLS) throw new Error(`the board shows ${received} files received`);
  await bench.measure(
    'exchange.board.40',
    `exchange.completeness of ${period} after the import → ${received}/${board.units.length} received, ${board.checks.length} findings of the cross-unit checks`,
    'exchange.board.40',
    time(() => call(handlers, 'exchange.completeness', { period }), { reps: 7 }),
  );
  const report = await call(handlers, 'reports.period', { period });
  const sources = report.sources.filter((source) => source.status === 'received').length;
  if (sources !== CELLS) throw new Error(`the committee's report reads ${sources} files`);
  await bench.measure(
    'exchange.report.40',
    `reports.period of ${period} at the committee, consolidated from the ${CELLS} files → đảng số ${report.totals['members.total'] ?? 0}, ${report.units.length} unit rows`,
    'exchange.report.40',
    time(() => call(handlers, 'reports.period', { period }), { reps: 9 }),
  );
  bench.sampleBaseline(5);

  const exported = await call(handlers, 'exchange.export', { period });
  checkNested(exported.file, files);
  await bench.measure(
    'exchange.export.40',
    `exchange.export of ${period} by the committee: its file (${kb(Buffer.byteLength(exported.file.base64, 'base64'))}) nesting the ${CELLS} files byte for byte`,
    'exchange.export.40',
    time(() => call(handlers, 'exchange.export', { period }), { reps: 7 }),
  );

  bench.log('breaking down exchange.completeness');
  const periodOf = parsePeriod(period);
  if (!periodOf) throw new Error(`not a period: ${period}`);
  const breakdown = boardBreakdown(committee.db, periodOf, 5);
  committee.close();
  return { figures, breakdown };
}
