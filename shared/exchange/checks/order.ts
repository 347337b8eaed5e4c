import { compareVietnameseNames } from '../../text/names';
import type { CrossUnitFinding, CrossUnitFindingKind } from './findings';

/** The order the board lists the kinds in: people first, then figures. */
export const FINDING_KINDS: readonly CrossUnitFindingKind[] = [
  'transfer_out_unmatched',
  'transfer_in_unmatched',
  'duplicate_card',
  'opening_mismatch',
  'identity_violated',
];

/** The unit a finding is filed under and the person it names (empty for figures). */
function sortKeys(finding: CrossUnitFinding): { unit: string; name: string } {
  switch (finding.kind) {
    case 'transfer_out_unmatched':
      return { unit: finding.fromUnit, name: finding.member.fullName };
    case 'transfer_in_unmatched':
      return { unit: finding.toUnit, name: finding.member.fullName };
    case 'duplicate_card':
      return { unit: finding.holders[0]?.unitCode ?? '', name: finding.holders[0]?.fullName ?? '' };
    case 'opening_mismatch':
    case 'identity_violated':
      return { unit: finding.unitCode, name: '' };
  }
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** By kind, then unit code, then name in register order; the whole finding's text last, so the order is total. */
export function compareFindings(a: CrossUnitFinding, b: CrossUnitFinding): number {
  const keysA = sortKeys(a);
  const keysB = sortKeys(b);
  return (
    FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) ||
    byCode(keysA.unit, keysB.unit) ||
    compareVietnameseNames(keysA.name, keysB.name) ||
    byCode(JSON.stringify(a), JSON.stringify(b))
  );
}
