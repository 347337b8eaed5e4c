import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/members/views';
import classes from './ImportPage.module.css';

/** The members the file would add, one per row of its first sheet. */
export function PreviewMembersTable({ members, labelledBy }: { members: ImportPreview['members']; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <div className={classes.scroller}>
      <Table aria-labelledby={labelledBy} fz="md" verticalSpacing="xs" striped className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('members.importPage.columns.row')}</Table.Th>
            <Table.Th scope="col">{t('members.importPage.columns.fullName')}</Table.Th>
            <Table.Th scope="col">{t('members.importPage.columns.unit')}</Table.Th>
            <Table.Th scope="col">{t('members.importPage.columns.partyCard')}</Table.Th>
            <Table.Th scope="col">{t('members.importPage.columns.events')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.row}>
              <Table.Td>{member.row}</Table.Td>
              <Table.Td>{member.fullName}</Table.Td>
              <Table.Td>{member.unitCode}</Table.Td>
              <Table.Td>{member.partyCardNumber ?? ''}</Table.Td>
              <Table.Td>{member.events}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
