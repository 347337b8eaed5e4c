/**
 * Kinds of party organisation, as named in the command line and the exchange file.
 * Levels are data, not hierarchy: since the 2025 reform a grassroots unit may sit directly under a province, so no kind
 * assumes which kind is above it.
 */
export const ORG_KINDS = ['chi_bo', 'chi_bo_co_so', 'dang_bo_bo_phan', 'dang_bo_co_so', 'cap_tren'] as const;

export type OrgKind = (typeof ORG_KINDS)[number];

/**
 * Every kind below an upper committee reports to a parent, so its parent must be known before the first report.
 * An upper committee may be the top of the tree this installation sees.
 */
export function kindNeedsParent(kind: OrgKind): boolean {
  return kind !== 'cap_tren';
}
