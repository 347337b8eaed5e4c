import type { ReactNode } from 'react';
import classes from './FieldGrid.module.css';

/**
 * Fields side by side while the window is wide enough, one under another when it is not. A static stylesheet, not
 * Mantine's SimpleGrid, which writes its columns into a <style> tag the Content-Security-Policy refuses.
 */
export function FieldGrid({ children }: { children: ReactNode }) {
  return <div className={classes.grid}>{children}</div>;
}
