import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReminders } from '../../api/reminderQueries';
import { QueryState } from '../../components/QueryState';
import { reminderKey, reminderLink, reminderSentence } from './reminderLine';

/** "Việc cần làm": what the cell should do soon, each line leading to the page where it is done. */
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
                <List.Item key={reminderKey(reminder)}>
                  <Anchor component={Link} to={reminderLink(reminder)}>
                    {reminderSentence(t, reminder)}
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
