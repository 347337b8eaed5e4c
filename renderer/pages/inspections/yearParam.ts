/** Years offered: this one and the fifteen before it, and next year, for which a plan is drawn up ahead. */
const YEARS_BACK = 15;

export function yearChoices(current: number): string[] {
  return Array.from({ length: YEARS_BACK + 2 }, (_, index) => String(current + 1 - index));
}

/** The year in the address (?year=), when it is one offered; this year otherwise. */
export function yearOf(params: URLSearchParams, current: number): number {
  const value = Number(params.get('year'));
  return Number.isSafeInteger(value) && value >= current - YEARS_BACK && value <= current + 1 ? value : current;
}
