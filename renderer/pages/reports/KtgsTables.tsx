import { Anchor } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { formatViDate } from '../../../shared/dates/calendar';
import type { RecommendationLine } from '../../../shared/reports/views';
import classes from './ReportTable.module.css';
import { TableScroller } from './TableScroller';

interface RecommendationTableProps {
  t: TFunction;
  caption: string;
  lines: RecommendationLine[];
  /** On screen each line leads to its inspection's record. */
  linked: boolean;
}

/** Recommendations of inspections and supervisions still to be carried out, with their deadline and who answers. */
export function RecommendationTable({ t, caption, lines, linked }: RecommendationTableProps) {
  return (
    <TableScroller label={caption}>
      <table className={classes.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.ui.ktgs.subject')}</th>
            <th scope="col">{t('reports.ui.ktgs.content')}</th>
            <th scope="col">{t('reports.ui.ktgs.deadline')}</th>
            <th scope="col">{t('reports.ui.ktgs.responsible')}</th>
            {linked && <th scope="col">{t('reports.ui.ktgs.record')}</th>}
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={`${line.inspectionId}-${index}`}>
              <th scope="row" className={classes.rowHeading}>
                {line.subject}
              </th>
              <td>{line.content}</td>
              <td className={classes.nowrap}>{formatViDate(line.deadline)}</td>
              <td>{line.responsible ?? ''}</td>
              {linked && (
                <td>
                  <Anchor component={Link} to={`/inspections/${line.inspectionId}`} aria-label={t('reports.ui.ktgs.openRecord', { subject: line.subject })}>
                    {t('reports.ui.ktgs.record')}
                  </Anchor>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
