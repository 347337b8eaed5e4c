import { duplicateCardFindings } from './duplicate-cards';
import type { CheckSource, CrossUnitFinding, KnownUnit } from './findings';
import { identityFindings } from './identities';
import { listingsOf } from './listings';
import { openingFindings } from './openings';
import { compareFindings } from './order';
import { transferFindings } from './transfers';
import { unitResolver } from './unit-resolver';

/**
 * The cross-unit checks of a period over every source's content document: transfers one side did not record, openings
 * that are not the last period's closing, balances that fail inside a document, card numbers held twice (what each
 * can and cannot tell: docs/decisions.md, "Exchange file: cross-unit checks"). Pure; the same finding reached from two
 * sources is given once, in a fixed order.
 */
export function crossUnitChecks(sources: readonly CheckSource[], known: readonly KnownUnit[]): CrossUnitFinding[] {
  const { all, byUnit } = listingsOf(sources);
  // A unit's data is here when a source is its own, or a source lists members of it; see transfers.ts.
  const covered = new Set([...sources.map((source) => source.unitCode), ...byUnit.keys()]);
  const findings = [
    ...transferFindings(all, { byUnit, covered, resolve: unitResolver(known) }),
    ...duplicateCardFindings(all),
    ...sources.flatMap(openingFindings),
    ...preferOwnDocument(sources.flatMap(identityFindings)),
  ];
  const distinct = new Map(findings.map((finding) => [JSON.stringify(finding), finding]));
  return [...distinct.values()].sort(compareFindings);
}

type IdentityFinding = Extract<CrossUnitFinding, { kind: 'identity_violated' }>;

/**
 * A committee's document repeats the rows of the units it consolidates: the same failing balance of a unit is given
 * once, from the unit's own document when it is here, else from the first document by code.
 */
function preferOwnDocument(findings: readonly IdentityFinding[]): IdentityFinding[] {
  const chosen = new Map<string, IdentityFinding>();
  for (const finding of findings) {
    const key = JSON.stringify([finding.unitCode, finding.opening, finding.added, finding.lost, finding.closing]);
    const held = chosen.get(key);
    const better =
      !held ||
      (finding.sourceUnitCode === finding.unitCode && held.sourceUnitCode !== held.unitCode) ||
      (held.sourceUnitCode !== held.unitCode && finding.sourceUnitCode < held.sourceUnitCode);
    if (better) chosen.set(key, finding);
  }
  return [...chosen.values()];
}
