import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../shared/api/contract';
import type { FilePayload } from '../../shared/members/views';
import { useApi } from './ApiProvider';
import { queryKeys } from './queryKeys';

/** This area's query keys (the shared queryKeys file belongs to the lead). */
export const exchangeExportKeys = {
  exports: ['exchange', 'exports'] as const,
  ownCard: ['exchange', 'ownCard'] as const,
};

/** The files exported so far, newest first. */
export function useExportList() {
  const api = useApi();
  return useQuery({ queryKey: exchangeExportKeys.exports, queryFn: () => api.call('exchange.exports', {}) });
}

/** The home unit's key card and fingerprint (the keys are made on first need, once). */
export function useOwnKeyCard() {
  const api = useApi();
  return useQuery({ queryKey: exchangeExportKeys.ownCard, queryFn: () => api.call('keys.card', {}), staleTime: Infinity });
}

/** Reads and verifies a key card the user chose (the parent's). */
export function useReadKeyCard() {
  const api = useApi();
  return useMutation({ mutationFn: (file: FilePayload) => api.call('keys.readCard', file) });
}

/** Makes the period's file; the list of exports and the dashboard's reminder are read again. */
export function useExportFile() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<'exchange.export'>) => api.call('exchange.export', input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: exchangeExportKeys.exports }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reminders }),
      ]);
    },
  });
}
