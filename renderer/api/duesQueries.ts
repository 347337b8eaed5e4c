import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../shared/api/contract';
import type { DuesMonth } from '../../shared/dues/months';
import type { MonthSheet } from '../../shared/dues/views';
import { useApi } from './ApiProvider';
import { queryKeys } from './queryKeys';

/** Cache keys of the dues area, named after the call that fills them; all start with `duesKeys.all`. */
export const duesKeys = {
  all: ['dues'] as const,
  month: (month: DuesMonth) => ['dues', 'dues.month', month] as const,
  member: (memberId: number, year: number) => ['dues', 'dues.member', memberId, year] as const,
  year: (year: number) => ['dues', 'dues.year', year] as const,
};

export function useDuesMonth(month: DuesMonth) {
  const api = useApi();
  return useQuery({ queryKey: duesKeys.month(month), queryFn: () => api.call('dues.month', { month }) });
}

export function useMemberDues(memberId: number, year: number) {
  const api = useApi();
  return useQuery({ queryKey: duesKeys.member(memberId, year), queryFn: () => api.call('dues.member', { memberId, year }) });
}

export function useDuesYear(year: number) {
  const api = useApi();
  return useQuery({ queryKey: duesKeys.year(year), queryFn: () => api.call('dues.year', { year }) });
}

/**
 * Any dues write can change every figure of the area (a basis changes months' amounts, a payment the year's totals) and
 * the dashboard's arrears reminders: all are read again.
 */
function useDuesChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: duesKeys.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.reminders }),
    ]);
}

export function useRecordMonth() {
  const api = useApi();
  const queryClient = useQueryClient();
  const changed = useDuesChanged();
  return useMutation({
    mutationFn: (input: CallInput<'dues.recordMonth'>) => api.call('dues.recordMonth', input),
    onSuccess: async (sheet: MonthSheet) => {
      await changed();
      queryClient.setQueryData(duesKeys.month(sheet.month), sheet);
    },
  });
}

export function useSetBasis() {
  const api = useApi();
  const changed = useDuesChanged();
  return useMutation({ mutationFn: (input: CallInput<'dues.setBasis'>) => api.call('dues.setBasis', input), onSuccess: changed });
}

export function useDeleteBasis() {
  const api = useApi();
  const changed = useDuesChanged();
  return useMutation({ mutationFn: (input: CallInput<'dues.deleteBasis'>) => api.call('dues.deleteBasis', input), onSuccess: changed });
}

export function useAddRelief() {
  const api = useApi();
  const changed = useDuesChanged();
  return useMutation({ mutationFn: (input: CallInput<'dues.addRelief'>) => api.call('dues.addRelief', input), onSuccess: changed });
}

export function useDeleteRelief() {
  const api = useApi();
  const changed = useDuesChanged();
  return useMutation({ mutationFn: (input: CallInput<'dues.deleteRelief'>) => api.call('dues.deleteRelief', input), onSuccess: changed });
}
