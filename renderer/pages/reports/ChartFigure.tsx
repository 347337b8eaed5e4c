import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportPiece } from './ReportPart';
import classes from './Reports.module.css';

interface ChartFigureProps {
  title: string;
  /** The chart's own figures, a row per bar or point: what a screen reader reads instead of the picture. */
  columns: string[];
  rows: (string | number)[][];
  children: ReactNode;
}

/**
 * A chart under its heading, with its data as a table kept off screen: the drawing is hidden from assistive
 * technology, which reads the same figures from the table instead.
 */
export function ChartFigure({ title, columns, rows, children }: ChartFigureProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <ReportPiece title={title}>
      <figure className={classes.figure} aria-labelledby={titleId}>
        <figcaption id={titleId} className={classes.visuallyHidden}>
          {title}
        </figcaption>
        <div className={classes.chart} aria-hidden="true">
          {children}
        </div>
        <table className={classes.visuallyHidden}>
          <caption>{t('reports.ui.charts.dataCaption', { title })}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((value, index) =>
                  index === 0 ? (
                    <th scope="row" key={index}>
                      {value}
                    </th>
                  ) : (
                    <td key={index}>{value}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </ReportPiece>
  );
}
