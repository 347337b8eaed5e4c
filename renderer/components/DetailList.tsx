import type { ReactNode } from 'react';
import classes from './DetailList.module.css';

export interface Detail {
  term: string;
  value: ReactNode;
}

/** Label–value pairs as a description list, so assistive technology reads each value with its label. */
export function DetailList({ details }: { details: Detail[] }) {
  return (
    <dl className={classes.list}>
      {details.map(({ term, value }) => (
        <div key={term} className={classes.row}>
          <dt className={classes.term}>{term}</dt>
          <dd className={classes.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
