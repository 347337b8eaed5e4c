/**
 * What each operation may cost, as a multiple of the baseline measured in the same run (see baseline.ts), so the
 * budget means the same on a fast or a slow PC. Each is derived from what the user needs, in milliseconds on the
 * reference machine (the 2-core machine where the budgets were set, baseline ≈ REFERENCE_BASELINE_MS), divided by
 * that machine's baseline, to one decimal.
 */
export const REFERENCE_BASELINE_MS = 25;

export interface Budget {
  /** At most this many baselines. */
  ratio: number;
  /** What the user needs, in words, with the figure on the reference machine. */
  need: string;
}

const budget = (referenceMs: number, need: string): Budget => ({ ratio: Math.round((10 * referenceMs) / REFERENCE_BASELINE_MS) / 10, need: `${need} (≈${referenceMs} ms)` });

export const BUDGETS = {
  'open.fresh': budget(500, 'first start on a new register: no visible wait'),
  'open.10k': budget(300, 'everyday start on a large register: part of a start under a second'),
  'list.1k': budget(100, 'a cell-sized list answers at once, on every keystroke of the search'),
  'list.10k': budget(300, 'the largest list still feels instant'),
  'get.10k': budget(100, 'a member’s page opens at once'),
  'reminders.1k': budget(150, 'a cell’s overview opens at once'),
  'reminders.10k': budget(1000, 'the largest register’s overview opens within a second'),
  'report.10k': budget(1500, 'a year’s report of the largest register, every figure and table, within a second and a half'),
  'add.10k': budget(50, 'an event saves well under 100 ms'),
  'preview.1k': budget(3000, 'a 1,000-member file is checked in a few seconds'),
  'commit.1k': budget(5000, 'and added, after its safety copy, in a few more'),
  'exchange.preview.40': budget(3000, 'a ward’s 40 cell files are checked in a few seconds, as a 1,000-member file is'),
  'exchange.commit.40': budget(5000, 'and received, after the safety copy, in a few more'),
  'exchange.board.40': budget(1000, 'the board of who has sent their file opens within a second'),
  'exchange.report.40': budget(1000, 'the report consolidating the 40 files opens within a second'),
  'exchange.export.40': budget(3000, 'the committee’s own file, the 40 inside, is made in a few seconds'),
} as const satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;
