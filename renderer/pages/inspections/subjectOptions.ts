import type { TFunction } from 'i18next';
import type { MemberList, OrgUnit } from '../../../shared/members/views';
import type { Option } from '../../forms/fields';

/** The units a subject can be picked from: the home unit first, then the others by name; closed ones stay (history). */
export function unitOptions(t: TFunction, units: readonly OrgUnit[]): Option[] {
  const collator = new Intl.Collator('vi');
  return [...units]
    .sort((a, b) => (a.isHome === b.isHome ? collator.compare(a.name, b.name) : a.isHome ? -1 : 1))
    .map((unit) => ({
      value: unit.code,
      label: unit.isHome ? t('inspections.form.unitHome', { name: unit.name }) : `${unit.name} (${unit.code})`,
    }));
}

/** The register's members in register order (tên, tên đệm, họ), as the members list gives them. */
export function memberOptions(list: MemberList | undefined): Option[] {
  return (list?.rows ?? []).map((row) => ({ value: String(row.id), label: row.fullName }));
}
