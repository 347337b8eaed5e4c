import { Alert, List, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatViDate } from '../../../shared/dates/calendar';
import { RATING_LEVELS } from '../../../shared/ratings/levels';
import { notRatedMembers, type NotRatedWhy } from '../../../shared/ratings/sheet';
import type { RatingYear } from '../../../shared/ratings/views';
import { SectionCard } from '../../components/SectionCard';

/** Why a member is not due, in words: "newly admitted" says after how many months of the rule in force. */
export function notDueText(t: TFunction, year: RatingYear, reason: string): string {
  return t(`ratings.notDue.${reason}`, { months: year.dueRule?.newlyAdmittedMonths ?? '' });
}

function whyText(t: TFunction, year: RatingYear, why: NotRatedWhy): string {
  switch (why.kind) {
    case 'recorded':
      return why.reason;
    case 'not_due':
      return notDueText(t, year, why.reason);
    case 'not_entered':
      return t('ratings.page.notEntered');
  }
}

/** The quota warning, in words, when more are rated "xuất sắc" than the rule allows. Saving is not stopped. */
export function QuotaWarning({ year }: { year: RatingYear }) {
  const { t } = useTranslation();
  const { quota } = year;
  if (!quota?.exceeded) return null;
  return (
    <Alert title={t('ratings.page.quotaTitle')} variant="light">
      <Stack gap="xs">
        <Text>
          {t('ratings.page.quota', {
            actual: quota.actual,
            percent: quota.maxPercentOfGood,
            allowed: quota.allowed,
            rule: quota.ruleCitation,
          })}
        </Text>
        <Text>{t('ratings.page.quotaNote')}</Text>
      </Stack>
    </Alert>
  );
}

/** The year's counts by level (what the year-end report shows), the quota in force, and who is not rated and why. */
export function RatingSummary({ year }: { year: RatingYear }) {
  const { t } = useTranslation();
  const { counts, quota } = year;
  const total = RATING_LEVELS.reduce((sum, level) => sum + counts[level], counts.notRated);
  const notRated = notRatedMembers(year.members);
  return (
    <>
      <SectionCard title={t('ratings.page.counts', { year: year.year })}>
        <Stack gap="sm">
          <Table fz="md" verticalSpacing="xs" maw="40rem">
            <Table.Caption>{t('ratings.page.counts', { year: year.year })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('ratings.page.countsLevel')}</Table.Th>
                <Table.Th scope="col">{t('ratings.page.countsNumber')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {RATING_LEVELS.map((level) => (
                <Table.Tr key={level}>
                  <Table.Th scope="row">{t(`ratings.level.${level}`)}</Table.Th>
                  <Table.Td>{counts[level]}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row">{t('ratings.page.countsNotRated')}</Table.Th>
                <Table.Td>{counts.notRated}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('ratings.page.countsTotal', { day: formatViDate(year.ratingDay) })}</Table.Th>
                <Table.Td fw={700}>{total}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {quota && (
            <Text c="dimmed">
              {t('ratings.page.quotaInfo', {
                allowed: quota.allowed,
                percent: quota.maxPercentOfGood,
                good: counts.htt,
                rule: quota.ruleCitation,
              })}
            </Text>
          )}
          <QuotaWarning year={year} />
        </Stack>
      </SectionCard>
      <SectionCard title={t('ratings.page.notRated')}>
        <Stack gap="sm">
          {notRated.length === 0 ? (
            <Text>{t('ratings.page.notRatedNone')}</Text>
          ) : (
            <List spacing="xs">
              {notRated.map((member) => (
                <List.Item key={member.memberId}>
                  {member.fullName}: {whyText(t, year, member.why)}
                </List.Item>
              ))}
            </List>
          )}
          {year.dueRule && <Text c="dimmed">{t('ratings.page.dueRule', { rule: year.dueRule.citation })}</Text>}
        </Stack>
      </SectionCard>
    </>
  );
}
