import { useQuery } from '@tanstack/react-query';
import { useApi } from './ApiProvider';
import { queryKeys } from './queryKeys';

/** What the cell should do soon, for the dashboard; read again whenever a member or an import changes the register. */
export function useReminders() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.reminders, queryFn: () => api.call('reminders.list', {}) });
}
