import { QueryClient } from '@tanstack/react-query';

/**
 * The host is on the same machine and its data changes only through this window's own calls, so nothing goes stale
 * on its own, refetching on focus would only flicker, and retrying a refusal would just repeat it.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false },
      mutations: { retry: false },
    },
  });
}
