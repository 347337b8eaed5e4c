import type { OrgUnit } from '../../../shared/members/views';
import { useOrgUnits } from '../../api/organisationQueries';

export interface MemberUnits {
  all: OrgUnit[];
  /** Where a member goes unless the user says otherwise. */
  homeCode: string;
}

const toMemberUnits = (units: OrgUnit[]): MemberUnits => ({
  all: units,
  homeCode: units.find((unit) => unit.isHome)?.code ?? '',
});

export function useMemberUnits() {
  return useOrgUnits(toMemberUnits);
}

/** The units offered for a member: those still open, and the member's own even if it has closed since. */
export function choosableUnits({ all }: MemberUnits, current?: string): OrgUnit[] {
  return all.filter((unit) => unit.closedOn === null || unit.code === current);
}
