import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../shared/api/contract';
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

/**
 * After a unit changes, everything that shows units is read again: the tree, the home organisation (its name heads
 * every page), and the member lists and pages and the reminders, which name each member's unit. Also after a refusal,
 * which may come from a tree changed elsewhere (the command line) since this window read it.
 */
function useUnitsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.orgUnits }),
      queryClient.invalidateQueries({ queryKey: queryKeys.home }),
      queryClient.invalidateQueries({ queryKey: queryKeys.memberLists }),
      // Every member's page (`queryKeys.member(id)` starts with the call's name).
      queryClient.invalidateQueries({ queryKey: queryKeys.members }),
      // The reminders name each member's unit too.
      queryClient.invalidateQueries({ queryKey: queryKeys.reminders }),
    ]);
}

export function useAddUnit() {
  const api = useApi();
  const changed = useUnitsChanged();
  return useMutation({ mutationFn: (input: CallInput<'org.add'>) => api.call('org.add', input), onSettled: changed });
}

export function useRenameUnit() {
  const api = useApi();
  const changed = useUnitsChanged();
  return useMutation({ mutationFn: (input: CallInput<'org.rename'>) => api.call('org.rename', input), onSettled: changed });
}

export function useMoveUnit() {
  const api = useApi();
  const changed = useUnitsChanged();
  return useMutation({ mutationFn: (input: CallInput<'org.move'>) => api.call('org.move', input), onSettled: changed });
}

export function useCloseUnit() {
  const api = useApi();
  const changed = useUnitsChanged();
  return useMutation({ mutationFn: (input: CallInput<'org.close'>) => api.call('org.close', input), onSettled: changed });
}
