import { Anchor } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { formatViDate } from '../../../shared/dates/calendar';
import type { MemberListRow } from '../../../shared/reports/views';
import { ethnicityName, religionName } from './describeReport';
import classes from './ReportTable.module.css';
import { TableScroller } from './TableScroller';

interface MemberTableProps {
  t: TFunction;
  caption: string;
  rows: MemberListRow[];
  /** The number of the first row: a page of a longer list keeps the list's numbering. */
  firstIndex: number;
  showUnit: boolean;
  /**
   * On screen a name opens the member's page (a member listed from a unit's file has none here); on paper it is only a
   * name.
   */
  linked: boolean;
}

const date = (value: string | null) => (value ? formatViDate(value) : '');

/** The danh sách đảng viên, in the register's order, with what the forms ask of each member. */
export function MemberTable({ t, caption, rows, firstIndex, showUnit, linked }: MemberTableProps) {
  const column = (key: string) => t(`reports.ui.members.columns.${key}`);
  return (
    <TableScroller label={caption}>
      <table className={classes.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={classes.number}>
              {column('index')}
            </th>
            <th scope="col">{column('fullName')}</th>
            <th scope="col">{column('birthDate')}</th>
            <th scope="col">{column('gender')}</th>
            <th scope="col">{column('ethnicity')}</th>
            <th scope="col">{column('religion')}</th>
            <th scope="col">{column('admittedOn')}</th>
            <th scope="col">{column('officialOn')}</th>
            <th scope="col">{column('partyCard')}</th>
            <th scope="col">{column('theory')}</th>
            <th scope="col">{column('qualification')}</th>
            {showUnit && <th scope="col">{column('unit')}</th>}
            <th scope="col">{column('status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.source ?? ''}:${row.memberId}`}>
              <td className={classes.number}>{firstIndex + index}</td>
              <th scope="row" className={`${classes.rowHeading} ${classes.nowrap}`}>
                {linked && row.source === null ? (
                  <Anchor component={Link} to={`/members/${row.memberId}`}>
                    {row.fullName}
                  </Anchor>
                ) : (
                  row.fullName
                )}
              </th>
              <td className={classes.nowrap}>{date(row.birthDate)}</td>
              <td>{t(`member.gender.${row.gender}`)}</td>
              <td>{ethnicityName(row.ethnicity)}</td>
              <td>{religionName(row.religion)}</td>
              <td className={classes.nowrap}>{date(row.admittedOn)}</td>
              <td className={classes.nowrap}>{date(row.officialOn)}</td>
              <td>{row.partyCardNumber ?? ''}</td>
              <td>{row.theoryLevel ? t(`member.theory.${row.theoryLevel}`) : ''}</td>
              <td>{row.qualification ? t(`member.qualification.${row.qualification}`) : ''}</td>
              {showUnit && <td>{row.unitName}</td>}
              <td>{t(`member.status.${row.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
