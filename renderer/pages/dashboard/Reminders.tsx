import { Anchor, Card, List, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dateParts, formatViDate, type IsoDate } from '../../../shared/dates/calendar';
import type { Reminder } from '../../../shared/members/reminders';
import { useReminders } from '../../api/reminderQueries';
import { QueryState } from '../../components/QueryState';

/** An occasion is named as people say it, without leading zeros: "19/5/2027". */
function occasion(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${day}/${month}/${year}`;
}

/** One reminder as a plain sentence naming the member and the day. */
function sentence(t: TFunction, reminder: Reminder): string {
  const common = { name: reminder.fullName, date: formatViDate(reminder.date) };
  switch (reminder.kind) {
    case 'probation_ending':
    case 'probation_overdue':
      return t(`reminders.line.${reminder.kind}`, { ...common, months: reminder.params.months });
    case 'badge_due':
      return t('reminders.line.badge_due', { ...common, years: reminder.params.years, presentOn: occasion(reminder.params.presentOn) });
  }
}

/** "Việc cần làm": what the cell should do soon, each line leading to the member's page. */
export function Reminders() {
  const { t } = useTranslation();
  const titleId = useId();
  const reminders = useReminders();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        {t('reminders.title')}
      </Title>
      <QueryState query={reminders} failedTitle={t('reminders.loadFailed')}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('reminders.empty')}</Text>
          ) : (
            <List spacing="sm">
              {list.map((reminder) => (
                <List.Item key={`${reminder.kind}-${reminder.memberId}`}>
                  <Anchor component={Link} to={`/members/${reminder.memberId}`}>
                    {sentence(t, reminder)}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </Card>
  );
}
