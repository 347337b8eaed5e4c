import type { TFunction } from 'i18next';
import { formatViMonth } from '../../../shared/dues/months';
import type { DuesSummary } from '../../../shared/reports/views';
import { formatVnd } from '../../format/money';
import classes from './ReportTable.module.css';
import { TableScroller } from './TableScroller';

const AMOUNTS = ['expectedVnd', 'collectedVnd', 'keptVnd', 'remittedVnd'] as const;
const HEADINGS = { expectedVnd: 'expected', collectedVnd: 'collected', keptVnd: 'kept', remittedVnd: 'remitted' } as const;

/** Dues month by month in đồng ("50.000 đ"), with the period's totals. */
export function DuesTable({ t, caption, dues }: { t: TFunction; caption: string; dues: DuesSummary }) {
  return (
    <TableScroller label={caption}>
      <table className={classes.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.ui.dues.month')}</th>
            {AMOUNTS.map((amount) => (
              <th scope="col" key={amount} className={classes.number}>
                {t(`reports.ui.dues.${HEADINGS[amount]}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dues.months.map((month) => (
            <tr key={month.month}>
              <th scope="row" className={classes.rowHeading}>
                {formatViMonth(month.month)}
              </th>
              {AMOUNTS.map((amount) => (
                <td key={amount} className={classes.number}>
                  {formatVnd(month[amount])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reports.ui.dues.total')}</th>
            {AMOUNTS.map((amount) => (
              <td key={amount} className={classes.number}>
                {formatVnd(dues.totals[amount])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableScroller>
  );
}
