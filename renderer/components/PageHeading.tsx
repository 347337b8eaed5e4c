import { Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import classes from './PageHeading.module.css';

/**
 * A page's h1, which takes the keyboard focus when the page opens: after saving the setup form or following a link,
 * keyboard and screen-reader users start at the top of the new page instead of on a vanished button.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <Title order={1} ref={heading} tabIndex={-1} className={classes.heading}>
      {children}
    </Title>
  );
}
