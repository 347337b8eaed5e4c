import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../shared/api/contract';
import type { RatingYear } from '../../shared/ratings/views';
import { useApi } from './ApiProvider';
import { queryKeys } from './queryKeys';

/**
 * Under the member lists' key: who is due to be rated in a year comes from the members' events, so any change to a
 * member (which invalidates the member lists) reads the sheet again.
 */
const ratingYearKey = (year: number) => [...queryKeys.memberLists, 'ratings.year', year] as const;

/** A year's review and rating sheet as the service computes it. */
export function useRatingYear(year: number) {
  const api = useApi();
  return useQuery({ queryKey: ratingYearKey(year), queryFn: () => api.call('ratings.year', { year }) });
}

/** Saves a year's sheet; the sheet as now stored replaces the cached one. */
export function useSaveRatings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<'ratings.save'>) => api.call('ratings.save', input),
    onSuccess: (saved: RatingYear) => queryClient.setQueryData(ratingYearKey(saved.year), saved),
  });
}
