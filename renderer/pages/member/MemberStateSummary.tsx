import { Card, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatViDate } from '../../../shared/dates/calendar';
import type { MemberDetail } from '../../../shared/members/views';
import { DetailList, type Detail } from '../../components/DetailList';

/** What the events say about the member today: computed by the service, never typed in. */
export function MemberStateSummary({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { state } = member;
  const details: Detail[] = [
    { term: t('members.detail.status'), value: t(`member.status.${state.status}`) },
    { term: t('members.detail.unit'), value: `${member.unitName} (${member.unitCode})` },
  ];
  if (state.admittedOn) {
    details.push(
      {
        term: t('members.detail.partyAge'),
        value: t('members.detail.partyAgeValue', {
          years: Math.floor(state.partyAgeMonths / 12),
          months: state.partyAgeMonths % 12,
        }),
      },
      { term: t('members.detail.admittedOn'), value: formatViDate(state.admittedOn) },
    );
  }
  if (state.ceremonyOn) details.push({ term: t('members.detail.ceremonyOn'), value: formatViDate(state.ceremonyOn) });
  if (state.officialOn) details.push({ term: t('members.detail.officialOn'), value: formatViDate(state.officialOn) });
  if (state.probationEndsOn) {
    details.push({ term: t('members.detail.probationEndsOn'), value: formatViDate(state.probationEndsOn) });
  }
  if (state.nextBadge) {
    details.push({
      term: t('members.detail.nextBadge'),
      value: t('members.detail.nextBadgeValue', { years: state.nextBadge.years, date: formatViDate(state.nextBadge.dueOn) }),
    });
  }
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        {t('members.detail.state')}
      </Title>
      <DetailList details={details} />
    </Card>
  );
}
