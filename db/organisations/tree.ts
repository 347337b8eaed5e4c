import type { OrgUnit } from '../../shared/members/views';
import type { StoredUnit } from './queries';

const byName = new Intl.Collator('vi', { numeric: true });

/** A unit as the API shows it, without the row ids. */
export const toOrgUnit = ({ id: _id, parentId: _parentId, ...unit }: StoredUnit): OrgUnit => unit;

/**
 * The units in the order a tree is read: each unit followed by the units below it, the home unit's branch first and
 * siblings by name ("Chi bộ 2" before "Chi bộ 10").
 */
export function treeOrder(units: readonly StoredUnit[]): OrgUnit[] {
  const children = new Map<number | null, StoredUnit[]>();
  for (const unit of units) {
    const siblings = children.get(unit.parentId) ?? [];
    siblings.push(unit);
    children.set(unit.parentId, siblings);
  }
  for (const siblings of children.values()) {
    siblings.sort((a, b) => Number(b.isHome) - Number(a.isHome) || byName.compare(a.name, b.name) || a.code.localeCompare(b.code));
  }
  const ordered: OrgUnit[] = [];
  const visit = (parentId: number | null) => {
    for (const unit of children.get(parentId) ?? []) {
      ordered.push(toOrgUnit(unit));
      visit(unit.id);
    }
  };
  visit(null);
  return ordered;
}
