import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../shared/api/contract';
import type { InspectionDetail } from '../../shared/inspections/views';
import { useApi } from './ApiProvider';
import { queryKeys } from './queryKeys';

/** Cache keys of the inspection area, named after the call that fills them. */
export const inspectionKeys = {
  /** Every year's list starts with this. */
  lists: ['inspections.list'],
  list: (year: number) => ['inspections.list', year] as const,
  /** Every record's page starts with this. */
  records: ['inspections.get'],
  record: (id: number) => ['inspections.get', id] as const,
  /** Every year's plan starts with this. */
  plans: ['ktgsPlan.get'],
  plan: (year: number) => ['ktgsPlan.get', year] as const,
} as const;

export function useInspectionList(year: number) {
  const api = useApi();
  return useQuery({ queryKey: inspectionKeys.list(year), queryFn: () => api.call('inspections.list', { year }) });
}

export function useInspection(id: number) {
  const api = useApi();
  return useQuery({ queryKey: inspectionKeys.record(id), queryFn: () => api.call('inspections.get', { id }) });
}

/** The year's plan; nothing is asked while no year is known (a form whose start date is not typed yet). */
export function useKtgsPlan(year: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: inspectionKeys.plan(year ?? 0),
    queryFn: () => api.call('ktgsPlan.get', { year: year ?? 0 }),
    enabled: year !== null,
  });
}

/**
 * After any change, the lists, the plans (an item's check mark follows the records) and the dashboard's reminders
 * (open recommendations) are read again.
 */
function useInspectionsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: inspectionKeys.lists }),
      queryClient.invalidateQueries({ queryKey: inspectionKeys.plans }),
      queryClient.invalidateQueries({ queryKey: queryKeys.reminders }),
    ]);
}

/** A record as now stored replaces its cached page at once. */
function useInspectionSaved() {
  const queryClient = useQueryClient();
  const changed = useInspectionsChanged();
  return async (detail: InspectionDetail) => {
    queryClient.setQueryData(inspectionKeys.record(detail.id), detail);
    await changed();
  };
}

export function useCreateInspection() {
  const api = useApi();
  const saved = useInspectionSaved();
  return useMutation({
    mutationFn: (input: CallInput<'inspections.create'>) => api.call('inspections.create', input),
    onSuccess: saved,
  });
}

export function useUpdateInspection() {
  const api = useApi();
  const saved = useInspectionSaved();
  return useMutation({
    mutationFn: (input: CallInput<'inspections.update'>) => api.call('inspections.update', input),
    onSuccess: saved,
  });
}

export function useRecommendationStatus() {
  const api = useApi();
  const saved = useInspectionSaved();
  return useMutation({
    mutationFn: (input: CallInput<'inspections.recommendationStatus'>) => api.call('inspections.recommendationStatus', input),
    onSuccess: saved,
  });
}

export function useDeleteInspection() {
  const api = useApi();
  const changed = useInspectionsChanged();
  return useMutation({
    mutationFn: (input: CallInput<'inspections.delete'>) => api.call('inspections.delete', input),
    // The record's own page is left to go when the user leaves it; reading it again now would only say it is gone.
    onSuccess: changed,
  });
}

export function useAddPlanItem() {
  const api = useApi();
  const changed = useInspectionsChanged();
  return useMutation({ mutationFn: (input: CallInput<'ktgsPlan.add'>) => api.call('ktgsPlan.add', input), onSuccess: changed });
}

export function useUpdatePlanItem() {
  const api = useApi();
  const queryClient = useQueryClient();
  const changed = useInspectionsChanged();
  return useMutation({
    mutationFn: (input: CallInput<'ktgsPlan.update'>) => api.call('ktgsPlan.update', input),
    // A record's page names the item it carries out.
    onSuccess: () => Promise.all([changed(), queryClient.invalidateQueries({ queryKey: inspectionKeys.records })]),
  });
}

export function useDeletePlanItem() {
  const api = useApi();
  const changed = useInspectionsChanged();
  return useMutation({ mutationFn: (input: CallInput<'ktgsPlan.delete'>) => api.call('ktgsPlan.delete', input), onSuccess: changed });
}

/**
 * A member's page, as the record form needs it to offer that member's discipline events; shares the member page's
 * cache. Nothing is asked while no member is chosen.
 */
export function useSubjectMember(memberId: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.member(memberId ?? 0),
    queryFn: () => api.call('members.get', { id: memberId ?? 0 }),
    enabled: memberId !== null,
  });
}
