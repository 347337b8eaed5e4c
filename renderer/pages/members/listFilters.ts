import { isIsoDate, type IsoDate } from '../../../shared/dates/calendar';
import { GENDERS, THEORY_LEVELS, type Gender, type TheoryLevel } from '../../../shared/members/levels';
import { MEMBER_STATUSES, type MemberStatus } from '../../../shared/members/state-types';
import { AGE_BANDS, type AgeBand, type MemberListQuery } from '../../../shared/members/views';

/**
 * What the list is narrowed to. Kept in the page's address (…/members?q=an&status=official), so coming back from a
 * member's page shows the same list the user left.
 */
export interface ListFilters {
  search: string;
  statuses: MemberStatus[];
  unitCode: string;
  gender: Gender | '';
  ageBand: AgeBand | '';
  theoryLevel: TheoryLevel | 'none' | '';
  /** The day statuses and ages are computed for (ISO); '' is today. */
  asOf: IsoDate | '';
}

export const NO_FILTERS: ListFilters = {
  search: '',
  statuses: [],
  unitCode: '',
  gender: '',
  ageBand: '',
  theoryLevel: '',
  asOf: '',
};

const PARAM = {
  search: 'q',
  statuses: 'status',
  unitCode: 'unit',
  gender: 'gender',
  ageBand: 'age',
  theoryLevel: 'theory',
  asOf: 'asOf',
} as const;

/** `value` if it is one of `values`, else '' (no filter): only known values become filters. */
export const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  values.find((candidate) => candidate === value) ?? '';

/** Theory levels, and "none yet". */
export const THEORY_FILTERS = [...THEORY_LEVELS, 'none'] as const;

/** Reads the filters from the address, ignoring anything that is not a known value (an old or hand-edited link). */
export function readFilters(params: URLSearchParams): ListFilters {
  return {
    search: params.get(PARAM.search) ?? '',
    statuses: MEMBER_STATUSES.filter((status) => params.getAll(PARAM.statuses).includes(status)),
    unitCode: params.get(PARAM.unitCode) ?? '',
    gender: oneOf(GENDERS, params.get(PARAM.gender)),
    ageBand: oneOf(AGE_BANDS, params.get(PARAM.ageBand)),
    theoryLevel: oneOf(THEORY_FILTERS, params.get(PARAM.theoryLevel)),
    asOf: isIsoDate(params.get(PARAM.asOf) ?? '') ? (params.get(PARAM.asOf) ?? '') : '',
  };
}

export function writeFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set(PARAM.search, filters.search);
  for (const status of filters.statuses) params.append(PARAM.statuses, status);
  if (filters.unitCode) params.set(PARAM.unitCode, filters.unitCode);
  if (filters.gender) params.set(PARAM.gender, filters.gender);
  if (filters.ageBand) params.set(PARAM.ageBand, filters.ageBand);
  if (filters.theoryLevel) params.set(PARAM.theoryLevel, filters.theoryLevel);
  if (filters.asOf) params.set(PARAM.asOf, filters.asOf);
  return params;
}

export function isFiltered(filters: ListFilters): boolean {
  return writeFilters(filters).size > 0;
}

/** The service's query: only what is set, the search as typed (the service folds marks and đ itself). */
export function toListQuery(filters: ListFilters): MemberListQuery {
  const search = filters.search.trim();
  return {
    ...(search ? { search } : {}),
    ...(filters.statuses.length > 0 ? { statuses: filters.statuses } : {}),
    ...(filters.unitCode ? { unitCode: filters.unitCode } : {}),
    ...(filters.gender ? { gender: filters.gender } : {}),
    ...(filters.ageBand ? { ageBand: filters.ageBand } : {}),
    ...(filters.theoryLevel ? { theoryLevel: filters.theoryLevel } : {}),
    ...(filters.asOf ? { asOf: filters.asOf } : {}),
  };
}
