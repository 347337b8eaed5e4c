import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../shared/api/contract';
import type { CandidateDetail } from '../../shared/candidates/views';
import { useApi } from './ApiProvider';
import { membersChanged } from './memberChanges';

/** Cache keys of the admission pipeline, named after the call that fills them. */
export const candidateKeys = {
  list: ['candidates.list'],
  candidate: (id: number) => ['candidates.get', id] as const,
} as const;

export function useCandidateList() {
  const api = useApi();
  return useQuery({ queryKey: candidateKeys.list, queryFn: () => api.call('candidates.list', {}) });
}

export function useCandidate(id: number) {
  const api = useApi();
  return useQuery({ queryKey: candidateKeys.candidate(id), queryFn: () => api.call('candidates.get', { id }) });
}

/** After a change, the candidate as now stored replaces its cached page, and the list is read again. */
function useCandidateSaved() {
  const queryClient = useQueryClient();
  return async (detail: CandidateDetail) => {
    queryClient.setQueryData(candidateKeys.candidate(detail.id), detail);
    await queryClient.invalidateQueries({ queryKey: candidateKeys.list });
  };
}

export function useCreateCandidate() {
  const api = useApi();
  const saved = useCandidateSaved();
  return useMutation({
    mutationFn: (input: CallInput<'candidates.create'>) => api.call('candidates.create', input),
    onSuccess: saved,
  });
}

export function useUpdateCandidate() {
  const api = useApi();
  const saved = useCandidateSaved();
  return useMutation({
    mutationFn: (input: CallInput<'candidates.update'>) => api.call('candidates.update', input),
    onSuccess: saved,
  });
}

export function useDeleteCandidate() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<'candidates.delete'>) => api.call('candidates.delete', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: candidateKeys.list }),
  });
}

/**
 * The ceremony creates a member: besides the candidate, the member lists, the dashboard's reminders (probation now
 * runs) and the meetings' expected lists change.
 */
export function useAdmitCandidate() {
  const api = useApi();
  const queryClient = useQueryClient();
  const saved = useCandidateSaved();
  return useMutation({
    mutationFn: (input: CallInput<'candidates.admit'>) => api.call('candidates.admit', input),
    onSuccess: async ({ candidate }) => {
      await Promise.all([saved(candidate), membersChanged(queryClient)]);
    },
  });
}
