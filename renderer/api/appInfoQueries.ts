import { useQuery } from '@tanstack/react-query';
import { useApi } from './ApiProvider';
import { queryKeys } from './queryKeys';

/** Version and data file location, for the settings page. */
export function useAppInfo() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => api.call('app.info', {}) });
}
