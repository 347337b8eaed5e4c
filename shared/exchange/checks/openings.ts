import type { CheckSource, CrossUnitFinding } from './findings';

type OpeningFinding = Extract<CrossUnitFinding, { kind: 'opening_mismatch' }>;
type Indicators = Record<string, number | null>;

/** The opening (`members.opening`) against the closing (`members.total`) of the period before; null when either lacks it. */
function compare(now: Indicators, before: Indicators): { opening: number; previousClosing: number } | null {
  const opening = now['members.opening'];
  const previousClosing = before['members.total'];
  if (typeof opening !== 'number' || typeof previousClosing !== 'number' || opening === previousClosing) return null;
  return { opening, previousClosing };
}

/**
 * Each unit row of the document against the same unit's row in the unit's document for the period before (a unit
 * without a row there, e.g. founded since, is not compared). The producer's whole subtree is compared too, when the
 * document has rows below the producer and none of them already differs: a row that differs explains the totals.
 */
export function openingFindings(source: CheckSource): OpeningFinding[] {
  const previous = source.previous;
  if (!previous) return [];
  const before = new Map(previous.report.units.map((row) => [row.code, row.indicators]));
  const findings: OpeningFinding[] = [];
  for (const row of source.content.report.units) {
    const earlier = before.get(row.code);
    const difference = earlier ? compare(row.indicators, earlier) : null;
    if (difference) findings.push({ kind: 'opening_mismatch', unitCode: row.code, scope: 'unit', ...difference, previousPeriod: previous.period });
  }
  if (findings.length === 0 && source.content.report.units.length > 1) {
    const difference = compare(source.content.report.indicators, previous.report.indicators);
    if (difference) findings.push({ kind: 'opening_mismatch', unitCode: source.unitCode, scope: 'subtree', ...difference, previousPeriod: previous.period });
  }
  return findings;
}
