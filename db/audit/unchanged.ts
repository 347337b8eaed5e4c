/** JSON with keys in a fixed order and absent (undefined) fields dropped, so equal snapshots give equal text. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

/** Whether a save changed nothing, so that it leaves no row in the audit log. */
export function unchanged(before: object, after: object): boolean {
  return canonical(before) === canonical(after);
}
