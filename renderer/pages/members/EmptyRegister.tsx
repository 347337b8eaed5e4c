import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A register with no members yet: say so, and offer both ways in, each with what it is for. */
export function EmptyRegister() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Card withBorder padding="xl" component="section" aria-labelledby={titleId} maw="44rem">
      <Stack gap="md" align="flex-start">
        <Title order={2} size="h3" id={titleId}>
          {t('members.list.empty.title')}
        </Title>
        <Text>{t('members.list.empty.intro')}</Text>
        <List spacing="md" listStyleType="none" p={0}>
          <List.Item>
            <Stack gap={4} align="flex-start">
              <Button component={Link} to="/members/new">
                {t('members.list.add')}
              </Button>
              <Text c="dimmed">{t('members.list.empty.add')}</Text>
            </Stack>
          </List.Item>
          <List.Item>
            <Stack gap={4} align="flex-start">
              <Button component={Link} to="/members/import" variant="default">
                {t('members.list.import')}
              </Button>
              <Text c="dimmed">{t('members.list.empty.import')}</Text>
            </Stack>
          </List.Item>
        </List>
      </Stack>
    </Card>
  );
}
