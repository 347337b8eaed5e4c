/**
 * `npm run bench`: the member register's operations on registers of 1,000 and 10,000 members, and a ward committee
 * receiving its 40 cells' files, each reported in milliseconds and as a ratio to a baseline measured in the same run,
 * against a budget stated as such a ratio.
 * Prints a table, writes bench-results/<date-time>.json, exits 1 if any operation is over its budget.
 * Not a test: `npm test` never runs it (see docs/performance.md).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../../db/store';
import type { MemberListQuery } from '../../shared/members/views';
import { call } from './api';
import { Baseline, type BaselineSample } from './baseline';
import { importPreviewBreakdown, listBreakdown, type Breakdown } from './breakdown';
import { BUDGETS, REFERENCE_BASELINE_MS, type BudgetName } from './budgets';
import { measureCommittee } from './committee-operations';
import { BENCH_TODAY } from './histories';
import { median, time, timingOf, type Timing } from './measure';
import { buildRegister, generateLives, openBenchStore, unitCodes, type Register } from './register';
import { printReport, type BenchResults, type OperationResult } from './report';
import { importFile } from './workbook';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'sochibo-bench-'));
const started = performance.now();
const log = (message: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);

const baselineSamples: BaselineSample[] = [];
const measured: { id: string; label: string; budget: BudgetName; timing: Timing }[] = [];

async function main(): Promise<number> {
  const baseline = new Baseline(dir);
  /** Baseline runs are spread over the whole run, between the groups of operations, so a slow patch shows in both. */
  const sampleBaseline = (count: number) => {
    baseline.sample();
    for (let i = 0; i < count; i += 1) baselineSamples.push(baseline.sample());
  };
  const measure = async (id: string, label: string, budget: BudgetName, timing: Promise<Timing>) => {
    measured.push({ id, label, budget, timing: await timing });
    log(`${id.padEnd(22)} median ${(measured.at(-1)?.timing.median ?? 0).toFixed(1)} ms`);
  };

  log(`baseline and a fresh store, in ${dir}`);
  sampleBaseline(7);
  let fresh = 0;
  await measure(
    'open.fresh',
    'open the store on a new file (all migrations)',
    'open.fresh',
    time((file: string) => openBenchStore(file).close(), { reps: 9, setup: () => join(dir, 'fresh', `new-${(fresh += 1)}.sqlite`) }),
  );

  log('building the registers (1,000 and 10,000 members)');
  const small = await buildRegister(dir, 1_000, 1);
  const large = await buildRegister(dir, 10_000, 2);
  log(`1,000 members (${small.events} events) in ${small.buildMs.toFixed(0)} ms; 10,000 (${large.events} events) in ${large.buildMs.toFixed(0)} ms`);
  sampleBaseline(5);

  await measure(
    'open.10k',
    'open the 10,000-member register (no migration)',
    'open.10k',
    time(() => openBenchStore(large.file).close(), { reps: 7 }),
  );

  const lists: [string, string, MemberListQuery][] = [
    ['all', 'no filter', {}],
    ['search', 'search "nguyen van"', { search: 'nguyen van' }],
    ['status', 'status official', { statuses: ['official'] }],
    ['asOf', 'as of 31/12/2020', { asOf: '31/12/2020' }],
  ];
  const listOf = async (register: Register, reps: number) => {
    const budget: BudgetName = register.size === 1_000 ? 'list.1k' : 'list.10k';
    for (const [key, what, query] of lists) {
      const rows = (await call(register.store.handlers, 'members.list', query)).rows.length;
      const label = `members.list, ${register.size.toLocaleString('en')} members, ${what} → ${rows.toLocaleString('en')} rows`;
      await measure(`${budget}.${key}`, label, budget, time(() => call(register.store.handlers, 'members.list', query), { reps }));
    }
  };
  await listOf(small, 9);
  sampleBaseline(5);
  await listOf(large, 11);
  sampleBaseline(5);

  for (const register of [small, large]) {
    const budget: BudgetName = register.size === 1_000 ? 'reminders.1k' : 'reminders.10k';
    const count = (await call(register.store.handlers, 'reminders.list', {})).length;
    const label = `reminders.list (the overview), ${register.size.toLocaleString('en')} members → ${count.toLocaleString('en')} reminders`;
    await measure(budget, label, budget, time(() => call(register.store.handlers, 'reminders.list', {}), { reps: 7 }));
  }
  sampleBaseline(5);

  const yearReport = await call(large.store.handlers, 'reports.period', { period: '2025' });
  await measure(
    'report.10k',
    `reports.period, the year 2025, 10,000-member register → đảng số ${yearReport.totals['members.total'] ?? 0}, ${yearReport.units.length} unit rows`,
    'report.10k',
    time(() => call(large.store.handlers, 'reports.period', { period: '2025' }), { reps: 7 }),
  );
  sampleBaseline(5);

  const handlers = large.store.handlers;
  const veteran = await call(handlers, 'members.get', { id: large.veteranId });
  await measure(
    'get.10k',
    `members.get, the member with ${veteran.events.length} events, 10,000-member register`,
    'get.10k',
    time(() => call(handlers, 'members.get', { id: large.veteranId }), { reps: 15 }),
  );
  await measure(
    'add.10k',
    `events.add, a reward to that member (whole history re-checked), 10,000-member register`,
    'add.10k',
    time(() => call(handlers, 'events.add', { memberId: large.veteranId, event: { type: 'reward', date: BENCH_TODAY, title: 'Đảng viên tiêu biểu' } }), {
      reps: 15,
    }),
  );
  sampleBaseline(5);

  log('building the 1,000-member XLSX file');
  const file = await importFile(generateLives(1_000, 3, 500_001, unitCodes(40)));
  const preview = await call(handlers, 'members.importPreview', file);
  if (!preview.ok || preview.members.length !== 1_000) throw new Error(`the import file is refused: ${JSON.stringify(preview.problems.slice(0, 3))}`);
  const previewLabel = `members.importPreview, 1,000 members + ${preview.eventCount - preview.members.length} history rows (XLSX ${Math.round((file.base64.length * 3) / 4 / 1024)} KB), into the 10,000-member register`;
  await measure('preview.1k', previewLabel, 'preview.1k', time(() => call(handlers, 'members.importPreview', file), { reps: 5 }));

  // Each commit goes into its own copy of the 10,000-member register, opened like the app opens it.
  large.store.db.pragma('wal_checkpoint(TRUNCATE)');
  let copies = 0;
  await measure(
    'commit.1k',
    'members.importCommit, the same file (safety copy of the register, then all in one transaction)',
    'commit.1k',
    time(
      async (store: Store) => {
        const result = await call(store.handlers, 'members.importCommit', file);
        if (result.added !== 1_000) throw new Error(`import added ${result.added}`);
      },
      {
        reps: 3,
        setup: () => {
          const copyDir = join(dir, `commit-${(copies += 1)}`);
          mkdirSync(copyDir);
          const copy = join(copyDir, 'register.sqlite');
          copyFileSync(large.file, copy);
          return openBenchStore(copy);
        },
        teardown: (store) => {
          store.close();
          rmSync(dirname(store.file), { recursive: true, force: true });
        },
      },
    ),
  );
  sampleBaseline(5);

  const committee = await measureCommittee(dir, { measure, sampleBaseline, log });
  sampleBaseline(5);

  log('breaking down members.list (10,000) and members.importPreview');
  const previewTiming = measured.find((entry) => entry.id === 'preview.1k')?.timing ?? timingOf([0]);
  const breakdowns: Breakdown[] = [
    listBreakdown(large.store.db, 5),
    await importPreviewBreakdown(large.store.db, file, 3, previewTiming),
    committee.breakdown,
  ];
  sampleBaseline(7);

  small.store.close();
  large.store.close();
  baseline.close();

  const base = timingOf(baselineSamples.map((sample) => sample.total));
  const operations: OperationResult[] = measured.map(({ id, label, budget, timing }) => {
    const ratio = timing.median / base.median;
    const limit = BUDGETS[budget];
    return { id, label, timing, ratio, budgetRatio: limit.ratio, budgetMs: limit.ratio * base.median, need: limit.need, over: ratio > limit.ratio };
  });
  const results: BenchResults = {
    ranAt: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      tmpdir: tmpdir(),
    },
    baseline: {
      what: 'SELECT * of a 10,000-row table (better-sqlite3) + sort of 10,000 names with Intl.Collator("vi")',
      ms: base,
      selectMs: median(baselineSamples.map((sample) => sample.select)),
      sortMs: median(baselineSamples.map((sample) => sample.sort)),
      referenceMs: REFERENCE_BASELINE_MS,
    },
    registers: [small, large].map((register) => ({ members: register.size, events: register.events, buildMs: register.buildMs })),
    committee: committee.figures,
    operations,
    breakdowns,
    overBudget: operations.filter((operation) => operation.over).map((operation) => operation.id),
    totalSeconds: (performance.now() - started) / 1000,
  };

  const outDir = join(repoRoot, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, `${results.ranAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
  // Microseconds are plenty: the timer's last digits are noise.
  const rounded = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value);
  writeFileSync(outFile, `${JSON.stringify(results, rounded, 2)}\n`);
  printReport(results);
  console.log(`\nResults: ${outFile}`);
  return results.overBudget.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
