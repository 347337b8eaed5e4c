import type { ReactNode } from 'react';
import classes from './ReportTable.module.css';

/**
 * A wide table's box, which scrolls sideways inside the page on a narrow window. It can take the keyboard focus (and
 * is named after its table) so the arrow keys scroll it too.
 */
export function TableScroller({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={classes.scroller} role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
