import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../shared/api/contract';
import type { IsoDate } from '../../shared/dates/calendar';
import type { MeetingDetail } from '../../shared/meetings/views';
import { useApi } from './ApiProvider';
import { queryKeys } from './queryKeys';

/** The meetings of a year, as the service lists them (oldest first). */
export function useMeetingList(year: number) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.meetingList(year), queryFn: () => api.call('meetings.list', { year }) });
}

export function useMeeting(id: number) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.meeting(id), queryFn: () => api.call('meetings.get', { id }) });
}

/**
 * The members who may attend a meeting on `date`, with their status that day: those expected (official,
 * probationary, temporarily attached) and those exempt, who may come but are not counted. The service has no call for
 * a new meeting's expected list, so this is the member list as of the day, filtered by the same statuses as the
 * service's own expected list (shared/meetings/figures.ts). Nothing is asked while the date is incomplete.
 */
export function useMeetingRoll(date: IsoDate | null) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.meetingRoll(date),
    queryFn: () => api.call('meetings.roll', { date: date ?? '' }),
    enabled: date !== null,
  });
}

/** Every year's list is read again, and the dashboard, which reminds of months without a meeting. */
async function refreshLists(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.meetingLists }),
    queryClient.invalidateQueries({ queryKey: queryKeys.reminders }),
  ]);
}

/** After a change, the meeting as now stored replaces its cached page, and the lists are read again. */
function useMeetingSaved() {
  const queryClient = useQueryClient();
  return async (detail: MeetingDetail) => {
    queryClient.setQueryData(queryKeys.meeting(detail.id), detail);
    await refreshLists(queryClient);
  };
}

export function useCreateMeeting() {
  const api = useApi();
  const saved = useMeetingSaved();
  return useMutation({
    mutationFn: (input: CallInput<'meetings.create'>) => api.call('meetings.create', input),
    onSuccess: saved,
  });
}

export function useUpdateMeeting() {
  const api = useApi();
  const saved = useMeetingSaved();
  return useMutation({
    mutationFn: (input: CallInput<'meetings.update'>) => api.call('meetings.update', input),
    onSuccess: saved,
  });
}

export function useDeleteMeeting() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<'meetings.delete'>) => api.call('meetings.delete', input),
    // The meeting's own page is left to go when the user leaves it; reading it again now would only say it is gone.
    onSuccess: () => refreshLists(queryClient),
  });
}
