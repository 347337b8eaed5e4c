import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../shared/members/views';
import classes from './ImportPage.module.css';

/** Every problem of the file, where it is (sheet, row, column), what is there, and why it cannot be taken. */
export function ProblemsTable({ problems, labelledBy }: { problems: ImportProblem[]; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <div className={classes.scroller}>
      <Table aria-labelledby={labelledBy} fz="md" verticalSpacing="sm" striped className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('members.importPage.columns.sheet')}</Table.Th>
            <Table.Th scope="col">{t('members.importPage.columns.row')}</Table.Th>
            <Table.Th scope="col">{t('members.importPage.columns.column')}</Table.Th>
            <Table.Th scope="col">{t('members.importPage.columns.value')}</Table.Th>
            <Table.Th scope="col">{t('members.importPage.columns.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            // The same cell can have two problems, and two cells the same one: only the position in the list is unique.
            <Table.Tr key={index}>
              <Table.Td className={classes.place}>{problem.sheet}</Table.Td>
              {/* Row 0 is the file as a whole (not a spreadsheet, a sheet missing). */}
              <Table.Td className={classes.place}>{problem.row > 0 ? problem.row : ''}</Table.Td>
              <Table.Td className={classes.place}>{problem.column}</Table.Td>
              <Table.Td className={classes.value}>{problem.value}</Table.Td>
              <Table.Td>{t(problem.reason, problem.params)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
