import { Fieldset, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import classes from './FormSection.module.css';

/** A titled part of a long form; the title is a heading too, so a screen reader can jump between parts. */
export function FormSection({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  const helpId = useId();
  return (
    <Fieldset
      legend={
        <Title order={2} size="h3">
          {title}
        </Title>
      }
      variant="unstyled"
      classNames={{ legend: classes.legend }}
      aria-describedby={help ? helpId : undefined}
    >
      {help && (
        <Text id={helpId} c="dimmed" mb="md">
          {help}
        </Text>
      )}
      {children}
    </Fieldset>
  );
}
