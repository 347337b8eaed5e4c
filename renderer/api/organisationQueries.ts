import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
