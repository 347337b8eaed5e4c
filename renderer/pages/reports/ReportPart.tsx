import { Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** One part of the report on screen: a region named by its heading. */
export function ReportPart({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <Stack component="section" aria-labelledby={titleId} gap="md">
      <Title order={2} id={titleId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** A titled piece inside a part. */
export function ReportPiece({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={3} id={titleId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
