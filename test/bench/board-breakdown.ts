import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../../db/connection';
import { completenessBoard } from '../../db/exchange/completeness/board';
import { checkData } from '../../db/exchange/completeness/check-sources';
import { deadlineOf } from '../../db/exchange/completeness/deadlines';
import { completenessEntries } from '../../db/exchange/completeness/entries';
import { contentFigures } from '../../db/exchange/export/content';
import type { ContentReport } from '../../shared/exchange/content';
import { latestPeriodFiles, latestPeriodSection } from '../../db/exchange/received/period-files';
import { decryptionKeysIfAny } from '../../db/exchange/unit-keys';
import { crossUnitChecks } from '../../shared/exchange/checks/cross-unit-checks';
import { periodsJustBefore, type Period } from '../../shared/reports/period';
import { collect, round, type Breakdown } from './breakdown';
import { BENCH_NOW, BENCH_TODAY } from './histories';
import { timed, timingOf } from './measure';

/**
 * `exchange.completeness` step by step, as `completenessBoard` and `checkData` do it, on the committee once its units'
 * files are in. The cross-unit checks are timed on the sources `checkData` read once, before the rounds: they are pure.
 */
export function boardBreakdown(db: Db, period: Period, reps: number): Breakdown {
  const now = () => BENCH_NOW;
  const data = checkData(db, period, BENCH_TODAY, decryptionKeysIfAny(db, now));
  const timings = collect(reps, (first) => {
    const [board, wholeMs] = timed(() => completenessBoard(db, now, period));
    const [entries, entriesMs] = timed(() => completenessEntries(db, period, deadlineOf(db, period).dueOn, BENCH_TODAY));
    const [, keysMs] = timed(() => decryptionKeysIfAny(db, now));
    const [, ownMs] = timed(() => contentFigures(db, period, BENCH_TODAY));
    const [, filesMs] = timed(() => latestPeriodFiles(db, period.code));
    const [, previousMs] = timed(() => periodsJustBefore(period).map((code) => latestPeriodSection<ContentReport>(db, code, '$.report')));
    const [checks, checksMs] = timed(() => crossUnitChecks(data.sources, data.known));
    if (first && !(isDeepStrictEqual(entries, board.units) && isDeepStrictEqual(checks, board.checks))) {
      throw new Error('The board breakdown no longer does what db/exchange/completeness/board.ts does: update test/bench/board-breakdown.ts');
    }
    return { whole: wholeMs, entries: entriesMs, keys: keysMs, own: ownMs, files: filesMs, previous: previousMs, checks: checksMs };
  });
  const contentBytes = (code: string) =>
    db.prepare<[string], { bytes: number }>('SELECT coalesce(sum(length(content)), 0) AS bytes FROM exchange_files WHERE period = ?').get(code)?.bytes ?? 0;
  const part = (step: string, what: string) => ({ step, what, timing: timings[step] ?? timingOf([0]) });
  return {
    operation: `exchange.completeness, ${period.code}, the committee with its units' files`,
    whole: timings.whole ?? timingOf([0]),
    parts: [
      part('entries', 'completenessEntries: each unit below and its latest file (SQLite extracts the board section of each)'),
      part('keys', 'decryptionKeysIfAny: the key file read, the keys made usable'),
      part('own', "contentFigures: the committee's own report and member snapshot"),
      part('files', "latestPeriodFiles of the period: every file's whole content parsed"),
      part('previous', 'latestPeriodSection of the periods just before (for the openings): only each file’s report parsed'),
      part('checks', 'crossUnitChecks over every source: transfers, duplicate cards, openings, balances'),
    ],
    notes: {
      'content JSON of the period’s files, MB': round(contentBytes(period.code) / 1e6),
      'content JSON of the files of the periods just before, MB': round(
        periodsJustBefore(period).reduce((sum, code) => sum + contentBytes(code), 0) / 1e6,
      ),
      sources: data.sources.length,
      findings: crossUnitChecks(data.sources, data.known).length,
    },
  };
}
