import type { TFunction } from 'i18next';
import type { RatingSummary } from '../../../shared/reports/views';
import classes from './ReportTable.module.css';
import { TableScroller } from './TableScroller';

const COUNTS = ['htxs', 'htt', 'ht', 'kht', 'notRated'] as const;

/** The year's rating: each unit's own level and its members' counts by level, with the totals. */
export function RatingTable({ t, caption, summary }: { t: TFunction; caption: string; summary: RatingSummary }) {
  const heading = (count: (typeof COUNTS)[number]) =>
    count === 'notRated' ? t('reports.ui.ratings.notRated') : t(`ratings.level.${count}`);
  return (
    <TableScroller label={caption}>
      <table className={classes.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.ui.ratings.unit')}</th>
            <th scope="col">{t('reports.ui.ratings.unitLevel')}</th>
            {COUNTS.map((count) => (
              <th scope="col" key={count} className={classes.number}>
                {heading(count)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <tr key={row.unit.code}>
              <th scope="row" className={classes.rowHeading}>
                {row.unit.name}
              </th>
              <td>{row.unitLevel ? t(`ratings.level.${row.unitLevel}`) : t('reports.ui.ratings.notRecorded')}</td>
              {COUNTS.map((count) => (
                <td key={count} className={classes.number}>
                  {row[count]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {summary.rows.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t('reports.ui.ratings.total')}</th>
              <td />
              {COUNTS.map((count) => (
                <td key={count} className={classes.number}>
                  {summary.totals[count]}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </TableScroller>
  );
}
