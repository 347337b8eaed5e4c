import { Card, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A titled card of a page, a region named by its title, with an optional line of help under the title. */
export function SectionCard({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        {title}
      </Title>
      {help && (
        <Text c="dimmed" mb="md">
          {help}
        </Text>
      )}
      {children}
    </Card>
  );
}
