import type { CheckSource, CrossUnitFinding } from './findings';

type IdentityFinding = Extract<CrossUnitFinding, { kind: 'identity_violated' }>;

/**
 * The balances the document itself says fail: each unit of `identityViolations`, and the whole document's when it fails
 * with no unit listed (a failing total with failing units is explained by them).
 */
export function identityFindings(source: CheckSource): IdentityFinding[] {
  const report = source.content.report;
  const failing = report.identityViolations.map(({ unitCode, identity }) => ({ unitCode, identity }));
  if (failing.length === 0 && !report.identity.holds) failing.push({ unitCode: source.unitCode, identity: report.identity });
  return failing.map(({ unitCode, identity }) => ({
    kind: 'identity_violated',
    unitCode,
    sourceUnitCode: source.unitCode,
    opening: identity.opening,
    added: identity.added,
    lost: identity.lost,
    closing: identity.closing,
  }));
}
