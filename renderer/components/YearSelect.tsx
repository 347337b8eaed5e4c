import { NativeSelect } from '@mantine/core';
import { useSearchParams } from 'react-router';

/** How far back a year may be chosen: a register carries its history, and fifteen years cover three committee terms. */
const YEARS_BACK = 15;

/**
 * The year a page shows, kept in its address (?year=YYYY) so a link or a reload opens the same year: the one asked
 * for when it is offered, else this year. `ahead`: how many years after this one are offered (a plan or dues drawn up
 * ahead); none where a year not yet come has nothing to show.
 */
export function useYearParam(ahead = 0) {
  const [params, setParams] = useSearchParams();
  const current = new Date().getFullYear();
  const asked = Number(params.get('year'));
  const year = Number.isSafeInteger(asked) && asked >= current - YEARS_BACK && asked <= current + ahead ? asked : current;
  const choices = Array.from({ length: YEARS_BACK + 1 + ahead }, (_, index) => String(current + ahead - index));
  const setYear = (value: string) => setParams({ year: value }, { replace: true });
  return { year, choices, setYear };
}

/** The year chooser of a page, newest year first. */
export function YearSelect({ label, year, choices, onChange }: { label: string; year: number; choices: string[]; onChange: (year: string) => void }) {
  return (
    <NativeSelect
      label={label}
      size="md"
      maw="12rem"
      data={choices}
      value={String(year)}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
