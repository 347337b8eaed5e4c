import type { OrgUnit } from '../../../shared/members/views';

export interface UnitNode {
  unit: OrgUnit;
  /** In the order the service lists them (siblings by name). */
  children: UnitNode[];
}

/**
 * The units as a tree, from the list in reading order. The home unit's parent is outside the register, so it is a
 * root; so is any unit whose parent the list does not hold.
 */
export function buildTree(units: readonly OrgUnit[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.code, { unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentCode === null ? undefined : nodes.get(node.unit.parentCode);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The unit and every unit below it, at any depth. */
function branchCodes(units: readonly OrgUnit[], code: string): Set<string> {
  const branch = new Set([code]);
  // In reading order a unit's parent always comes before it, so one pass finds the whole branch.
  for (const unit of units) {
    if (unit.parentCode !== null && branch.has(unit.parentCode)) branch.add(unit.code);
  }
  return branch;
}

/**
 * Where a unit can be moved: under an open unit that is neither the unit itself nor below it (the service refuses a
 * cycle) and is not already its parent (that would change nothing).
 */
export function moveTargets(units: readonly OrgUnit[], unit: OrgUnit): OrgUnit[] {
  const branch = branchCodes(units, unit.code);
  return units.filter((other) => other.closedOn === null && !branch.has(other.code) && other.code !== unit.parentCode);
}

export function findUnit(units: readonly OrgUnit[], code: string | null): OrgUnit | undefined {
  return code === null ? undefined : units.find((unit) => unit.code === code);
}
