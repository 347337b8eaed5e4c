import type { QueryClient } from '@tanstack/react-query';
import { duesKeys } from './duesQueries';
import { queryKeys } from './queryKeys';

/**
 * Everything the app reads from the members' records and events, read again after any write that adds a member or
 * changes one's history (the cache never goes stale on its own): the lists (status, order, counts, the rating
 * sheets under them), the dashboard's reminders, who is expected at each meeting and with it the meetings' figures,
 * and the dues sheets (who owes in a month follows the events too).
 */
export function membersChanged(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    [queryKeys.memberLists, queryKeys.reminders, queryKeys.meetingLists, queryKeys.meetings, duesKeys.all].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}
