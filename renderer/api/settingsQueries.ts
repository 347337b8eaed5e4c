import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings, SettingsPatch } from '../../shared/settings/schemas';
import { useApi } from './ApiProvider';
import { queryKeys } from './queryKeys';

export function useSettings() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => api.call('settings.get', {}) });
}

export function useUpdateSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => api.call('settings.update', patch),
    onSuccess: (settings) => queryClient.setQueryData<Settings>(queryKeys.settings, settings),
  });
}
