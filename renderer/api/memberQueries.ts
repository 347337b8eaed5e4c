import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../shared/api/contract';
import type { MemberDetail, MemberListQuery } from '../../shared/members/views';
import { useApi } from './ApiProvider';
import { membersChanged } from './memberChanges';
import { queryKeys } from './queryKeys';

/**
 * The register's members as the service orders and filters them. While a new search runs, the previous rows stay on
 * screen, so typing in the search box does not make the table flash empty.
 */
export function useMemberList(query: MemberListQuery) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.memberList(query),
    queryFn: () => api.call('members.list', query),
    placeholderData: keepPreviousData,
  });
}

export function useMember(id: number) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.member(id), queryFn: () => api.call('members.get', { id }) });
}

export function useMemberHistory(id: number) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.memberHistory(id), queryFn: () => api.call('members.history', { id }) });
}

/**
 * After any change to a member, the answer is the member as now stored: it replaces the cached page at once, and the
 * lists (status, order, counts), the change history, the dashboard's reminders and the meetings' figures are read
 * again.
 */
function useMemberSaved() {
  const queryClient = useQueryClient();
  return async (detail: MemberDetail) => {
    queryClient.setQueryData(queryKeys.member(detail.id), detail);
    await Promise.all([membersChanged(queryClient), queryClient.invalidateQueries({ queryKey: queryKeys.memberHistory(detail.id) })]);
  };
}

export function useCreateMember() {
  const api = useApi();
  const saved = useMemberSaved();
  return useMutation({
    mutationFn: (input: CallInput<'members.create'>) => api.call('members.create', input),
    onSuccess: saved,
  });
}

export function useUpdateMember() {
  const api = useApi();
  const saved = useMemberSaved();
  return useMutation({
    mutationFn: (input: CallInput<'members.update'>) => api.call('members.update', input),
    onSuccess: saved,
  });
}

export function useAddEvent() {
  const api = useApi();
  const saved = useMemberSaved();
  return useMutation({
    mutationFn: (input: CallInput<'events.add'>) => api.call('events.add', input),
    onSuccess: saved,
  });
}

export function useUpdateEvent() {
  const api = useApi();
  const saved = useMemberSaved();
  return useMutation({
    mutationFn: (input: CallInput<'events.update'>) => api.call('events.update', input),
    onSuccess: saved,
  });
}

export function useDeleteEvent() {
  const api = useApi();
  const saved = useMemberSaved();
  return useMutation({
    mutationFn: (input: CallInput<'events.delete'>) => api.call('events.delete', input),
    onSuccess: saved,
  });
}

/** The list as a spreadsheet, with the filters the user is looking at. */
export function useExportMembers() {
  const api = useApi();
  return useMutation({ mutationFn: (query: MemberListQuery) => api.call('members.exportXlsx', query) });
}
