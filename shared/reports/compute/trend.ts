import type { Period } from '../period';
import type { ReportCharts } from '../views';
import type { MemberTimeline } from './timeline';

export type TrendRow = ReportCharts['trend'][number];

export const emptyTrend = (quarters: readonly Period[]): TrendRow[] =>
  quarters.map((quarter) => ({ period: quarter.code, total: 0, admitted: 0, lost: 0 }));

/**
 * Adds a member to the trend: counted or not at each quarter's end (`countedAtEnds`, one per quarter), admissions
 * here dated in the quarter (`admitted`: kết nạp only; transfers in are not admissions) and every loss of đảng số
 * dated in it (`lost`: transfers out, deaths, removals, expulsions, withdrawals).
 */
export function addToTrend(trend: TrendRow[], quarters: readonly Period[], timeline: MemberTimeline, countedAtEnds: readonly boolean[]): void {
  quarters.forEach((quarter, index) => {
    const row = trend[index];
    if (!row) return;
    if (countedAtEnds[index]) row.total += 1;
    for (const change of timeline.changes) {
      if (change.date < quarter.from || change.date > quarter.to) continue;
      if (change.kind === 'admitted') row.admitted += 1;
      if (change.delta === -1) row.lost += 1;
    }
  });
}
