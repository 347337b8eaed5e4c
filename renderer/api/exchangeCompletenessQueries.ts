import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../shared/api/contract';
import { useApi } from './ApiProvider';

/** Cache keys of the completeness board: every board starts with the call's name. */
export const completenessKeys = {
  boards: ['exchange.completeness'],
  board: (period: string) => ['exchange.completeness', period] as const,
} as const;

/**
 * The period's completeness board. It reads the received files, the units and the register's own data, which imports
 * and other areas change without telling this one, so it is read afresh each time the page opens (never kept as
 * fresh), as the reports are.
 */
export function useCompletenessBoard(period: string) {
  const api = useApi();
  return useQuery({
    queryKey: completenessKeys.board(period),
    queryFn: () => api.call('exchange.completeness', { period }),
    staleTime: 0,
  });
}

/** Sets the period's deadline, or with `dueOn: null` goes back to the default; the boards are read again after. */
export function useSetDeadline() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<'exchange.setDeadline'>) => api.call('exchange.setDeadline', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: completenessKeys.boards }),
  });
}
