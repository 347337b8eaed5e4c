import { Anchor, Table } from '@mantine/core';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatViDate } from '../../../shared/dates/calendar';
import type { MemberRow } from '../../../shared/members/views';
import classes from './MembersTable.module.css';

/** Every row is one line of this height, so the table knows where each row is without measuring 10,000 of them. */
const ROW_HEIGHT = 48;
/** Rows drawn beyond the visible ones, so a quick scroll never shows blank space. */
const OVERSCAN = 15;

const column = createColumnHelper<MemberRow>();

function useColumns(showUnit: boolean) {
  const { t } = useTranslation();
  return useMemo(
    () => [
      column.display({ id: 'index', header: t('members.list.columns.index'), cell: ({ row }) => row.index + 1 }),
      column.accessor('fullName', {
        header: t('members.list.columns.fullName'),
        cell: ({ row, getValue }) => (
          <Anchor component={Link} to={`/members/${row.original.id}`} className={classes.name}>
            {getValue()}
          </Anchor>
        ),
      }),
      column.accessor('birthDate', { header: t('members.list.columns.birthDate'), cell: ({ getValue }) => formatViDate(getValue()) }),
      column.accessor('gender', { header: t('members.list.columns.gender'), cell: ({ getValue }) => t(`member.gender.${getValue()}`) }),
      ...(showUnit ? [column.accessor('unitName', { header: t('members.list.columns.unit') })] : []),
      column.accessor('status', { header: t('members.list.columns.status'), cell: ({ getValue }) => t(`member.status.${getValue()}`) }),
      column.accessor('partyCardNumber', { header: t('members.list.columns.partyCard'), cell: ({ getValue }) => getValue() ?? '' }),
    ],
    [t, showUnit],
  );
}

interface MembersTableProps {
  rows: MemberRow[];
  showUnit: boolean;
}

/**
 * The members as a real table, of which only the rows in view (and a margin) are in the page: 10,000 members scroll
 * as smoothly as 10. Screen readers still hear the whole size (aria-rowcount) and where each row sits in it
 * (aria-rowindex). The name is a link, the keyboard's way to a member; a click anywhere on the row does the same.
 */
export function MembersTable({ rows, showUnit }: MembersTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scroller = useRef<HTMLDivElement>(null);
  const columns = useColumns(showUnit);
  // TanStack's hooks return fresh functions each render; this app does not run the React Compiler, so nothing is lost.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (row) => String(row.id) });
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });

  const tableRows = table.getRowModel().rows;
  const visible = virtualizer.getVirtualItems();
  const spaceAbove = visible[0]?.start ?? 0;
  const spaceBelow = virtualizer.getTotalSize() - (visible.at(-1)?.end ?? 0);
  const columnCount = columns.length;

  return (
    <div ref={scroller} className={classes.scroller}>
      <Table aria-label={t('members.list.table')} aria-rowcount={rows.length + 1} stickyHeader highlightOnHover fz="md" className={classes.table}>
        <colgroup>
          {table.getVisibleLeafColumns().map((leaf) => (
            <col key={leaf.id} className={classes[leaf.id]} />
          ))}
        </colgroup>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <Table.Th key={header.id} scope="col">
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {spaceAbove > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: spaceAbove, padding: 0 }} />
            </tr>
          )}
          {visible.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <Table.Tr
                key={row.id}
                aria-rowindex={item.index + 2}
                className={classes.row}
                onClick={(event) => {
                  // A click on the name is already the link's.
                  if (!(event.target as Element).closest('a')) void navigate(`/members/${row.original.id}`);
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
                ))}
              </Table.Tr>
            );
          })}
          {spaceBelow > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: spaceBelow, padding: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
