import { NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatViDate } from '../../../shared/dates/calendar';
import { ratingDayOf } from '../../../shared/ratings/roster';
import { useRatingYear } from '../../api/ratingQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { RatingSheetForm } from './RatingSheetForm';

/** Years offered: this one (cells rate in December) and the fifteen before it; a year not yet come has no review. */
const YEARS_BACK = 15;

function yearOf(params: URLSearchParams, current: number): number {
  const value = Number(params.get('year'));
  return Number.isSafeInteger(value) && value >= current - YEARS_BACK && value <= current ? value : current;
}

/** The annual review and rating of a year (/ratings?year=YYYY). */
export function RatingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('ratings.page.title'));
  const current = new Date().getFullYear();
  const [params, setParams] = useSearchParams();
  const year = yearOf(params, current);
  const sheet = useRatingYear(year);
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => String(current - index));

  return (
    <Stack gap="lg" maw="72rem">
      <PageHeading>{t('ratings.page.title')}</PageHeading>
      <Text maw="48rem">{t('ratings.page.intro', { day: formatViDate(ratingDayOf(year)) })}</Text>
      <NativeSelect
        label={t('ratings.page.year')}
        size="md"
        maw="12rem"
        data={years}
        value={String(year)}
        onChange={(event) => setParams({ year: event.currentTarget.value }, { replace: true })}
      />
      <QueryState query={sheet} failedTitle={t('ratings.page.loadFailed')}>
        {(data) => <RatingSheetForm key={data.year} year={data} />}
      </QueryState>
    </Stack>
  );
}
