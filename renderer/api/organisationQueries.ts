import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrgUnit } from '../../shared/members/views';
import type { HomeOrganisation, HomeSetupInput } from '../../shared/org/schemas';
import { useApi } from './ApiProvider';
import { queryKeys } from './queryKeys';

/** The organisation keeping this register; null until first-run setup is done. */
export function useHomeOrganisation() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.home, queryFn: () => api.call('org.home', {}) });
}

export function useSetupHome() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HomeSetupInput) => api.call('org.setupHome', input),
    // The answer is the saved row itself, so the app can switch to the dashboard without asking again.
    onSuccess: (home) => queryClient.setQueryData<HomeOrganisation | null>(queryKeys.home, home),
  });
}

/**
 * The units of this register (the home one and those managed directly here). `select` reshapes them for one screen;
 * give a function defined outside the component so it runs only when the units change.
 */
export function useOrgUnits<T = OrgUnit[]>(select?: (units: OrgUnit[]) => T) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.orgUnits, queryFn: () => api.call('org.list', {}), select });
}
