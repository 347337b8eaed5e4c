import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatViDate } from '../../../shared/dates/calendar';
import { ratingDayOf } from '../../../shared/ratings/roster';
import { useRatingYear } from '../../api/ratingQueries';
import { PageHeading } from '../../components/PageHeading';
import { useYearParam, YearSelect } from '../../components/YearSelect';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { RatingSheetForm } from './RatingSheetForm';

/** The annual review and rating of a year (/ratings?year=YYYY). */
export function RatingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('ratings.page.title'));
  const { year, choices, setYear } = useYearParam();
  const sheet = useRatingYear(year);

  return (
    <Stack gap="lg" maw="72rem">
      <PageHeading>{t('ratings.page.title')}</PageHeading>
      <Text maw="48rem">{t('ratings.page.intro', { day: formatViDate(ratingDayOf(year)) })}</Text>
      <YearSelect label={t('ratings.page.year')} year={year} choices={choices} onChange={setYear} />
      <QueryState query={sheet} failedTitle={t('ratings.page.loadFailed')}>
        {(data) => <RatingSheetForm key={data.year} year={data} />}
      </QueryState>
    </Stack>
  );
}
