import type { Breakdown } from './breakdown';
import type { CommitteeFigures } from './committee-operations';
import type { Timing } from './measure';

export interface OperationResult {
  id: string;
  label: string;
  timing: Timing;
  /** Median over the baseline's median. */
  ratio: number;
  budgetRatio: number;
  /** The budget in milliseconds in this run (budget ratio × this run's baseline). */
  budgetMs: number;
  need: string;
  over: boolean;
}

export interface BenchResults {
  ranAt: string;
  machine: Record<string, string | number>;
  baseline: { what: string; ms: Timing; selectMs: number; sortMs: number; referenceMs: number };
  registers: { members: number; events: number; buildMs: number }[];
  committee: CommitteeFigures;
  operations: OperationResult[];
  breakdowns: Breakdown[];
  overBudget: string[];
  totalSeconds: number;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
/** Two decimals, so that a ratio just over its budget does not print as equal to it. */
const times = (value: number) => `${value >= 100 ? value.toFixed(0) : value.toFixed(2)}×`;

function table(headers: string[], rows: string[][], right: ReadonlySet<number>): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (right.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function printReport(results: BenchResults): void {
  const { baseline } = results;
  console.log(`\nMachine: ${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}`);
  console.log(
    `Baseline (${baseline.what}): median ${ms(baseline.ms.median)} ms ` +
      `(select ${ms(baseline.selectMs)} + sort ${ms(baseline.sortMs)}), ` +
      `${baseline.ms.samples.length} runs spread over the run, ${ms(baseline.ms.min)}–${ms(baseline.ms.max)} ms; ` +
      `budgets were set where it was ${baseline.referenceMs} ms.\n`,
  );
  console.log(
    table(
      ['operation', 'median ms', 'min–max ms', '× baseline', 'budget', 'budget ms now', 'result'],
      results.operations.map((operation) => [
        operation.id,
        ms(operation.timing.median),
        `${ms(operation.timing.min)}–${ms(operation.timing.max)}`,
        times(operation.ratio),
        times(operation.budgetRatio),
        ms(operation.budgetMs),
        operation.over ? 'OVER' : 'pass',
      ]),
      new Set([1, 2, 3, 4, 5]),
    ),
  );
  console.log('');
  const idWidth = Math.max(...results.operations.map((operation) => operation.id.length));
  for (const operation of results.operations) console.log(`${operation.id.padEnd(idWidth)}  ${operation.label}`);
  const { committee } = results;
  console.log(
    `\nThe committee side: ${committee.cells} cell registers of ${committee.membersPerCell} members (${committee.events.toLocaleString('en')} events), ` +
      `${committee.encryptedFiles} of their files encrypted to the committee, ${Math.round(committee.filesBytes / 1024).toLocaleString('en')} KB of files, ` +
      `built in ${(committee.setupMs / 1000).toFixed(1)} s (members ${(committee.membersMs / 1000).toFixed(1)} s; a cell's export ${ms(committee.cellExportMs)} ms).`,
  );

  for (const breakdown of results.breakdowns) {
    console.log(`\nWhere the time goes: ${breakdown.operation} (whole: median ${ms(breakdown.whole.median)} ms)`);
    const total = breakdown.parts.reduce((sum, part) => sum + part.timing.median, 0);
    console.log(
      table(
        ['step', 'median ms', 'share', 'what'],
        [
          ...breakdown.parts.map((part) => [part.step, ms(part.timing.median), `${Math.round((100 * part.timing.median) / total)}%`, part.what]),
          ['sum', ms(total), '', 'of the parts, against the whole above'],
        ],
        new Set([1, 2]),
      ),
    );
    for (const [note, value] of Object.entries(breakdown.notes)) console.log(`  ${note}: ${value}`);
  }

  const over = results.operations.filter((operation) => operation.over);
  console.log(
    over.length === 0
      ? `\nAll ${results.operations.length} operations within budget (run took ${results.totalSeconds.toFixed(0)} s).`
      : `\nOVER BUDGET: ${over.map((operation) => `${operation.id} (${times(operation.ratio)} > ${times(operation.budgetRatio)})`).join(', ')}`,
  );
}
