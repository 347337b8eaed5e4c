const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A moment as a Vietnamese date, dd/mm/yyyy, on the user's own calendar (local time): a register started late in the
 * evening in Hà Nội belongs to that day, not to the UTC one.
 */
export function formatDateVi(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}
