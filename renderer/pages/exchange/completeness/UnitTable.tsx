import { Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletenessEntry } from '../../../../shared/exchange/completeness';
import classes from './Completeness.module.css';
import { localDateTime } from '../../../../shared/dates/local-time';

interface Row {
  entry: CompletenessEntry;
  depth: number;
  /** The unit whose file tells of this one (depth 2 and below). */
  toldBy: string | null;
}

/** The entries in tree order: each unit, then the units its file lists under it. */
function treeRows(entries: readonly CompletenessEntry[], depth = 1, toldBy: string | null = null): Row[] {
  return entries.flatMap((entry) => [{ entry, depth, toldBy }, ...treeRows(entry.units, depth + 1, entry.code)]);
}

/** Nộp muộn, Quá hạn, Đã sửa: in words, so they stand out without colour. */
function flagsOf(entry: CompletenessEntry): string[] {
  const flags: string[] = [];
  if (entry.late) flags.push(entry.status === 'missing' ? 'exchange.completeness.table.overdue' : 'exchange.completeness.table.late');
  if (entry.corrected) flags.push('exchange.completeness.table.corrected');
  return flags;
}

/**
 * Every expected unit, and those managed directly, in tree order with the deeper levels indented; each one's status,
 * latest revision, when it was received and its flags.
 */
export function UnitTable({ units, caption }: { units: readonly CompletenessEntry[]; caption: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const rows = treeRows(units);
  const nested = rows.some((row) => row.depth > 1);
  const direct = rows.some((row) => row.entry.status === 'direct');
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={2} id={titleId}>
        {t('exchange.completeness.table.title')}
      </Title>
      <div className={classes.scroller}>
        <Table className={classes.table} striped fz="md" verticalSpacing="sm" captionSide="top">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('exchange.completeness.table.columns.code')}</Table.Th>
              <Table.Th scope="col">{t('exchange.completeness.table.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('exchange.completeness.table.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('exchange.completeness.table.columns.revision')}</Table.Th>
              <Table.Th scope="col">{t('exchange.completeness.table.columns.receivedAt')}</Table.Th>
              <Table.Th scope="col">{t('exchange.completeness.table.columns.flags')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ entry, depth, toldBy }) => {
              const indent = `calc(var(--mantine-spacing-xs) + ${String(depth - 1)} * 1.5rem)`;
              const flags = flagsOf(entry);
              return (
                <Table.Tr key={`${toldBy ?? ''}/${entry.code}`}>
                  <Table.Td style={{ paddingInlineStart: indent }}>{entry.code}</Table.Td>
                  <Table.Th scope="row" fw={depth === 1 ? 600 : 400} style={{ paddingInlineStart: indent }}>
                    {entry.name}
                    {toldBy && <span className={classes.nested}>{t('exchange.completeness.table.nested', { code: toldBy })}</span>}
                  </Table.Th>
                  <Table.Td className={entry.status === 'missing' ? classes.attention : undefined}>
                    {t(`exchange.completeness.table.status.${entry.status}`)}
                  </Table.Td>
                  <Table.Td>{entry.revision === null ? '—' : t('exchange.completeness.table.revision', { revision: entry.revision })}</Table.Td>
                  <Table.Td>{entry.receivedAt === null ? '—' : localDateTime(entry.receivedAt)}</Table.Td>
                  <Table.Td className={entry.late ? classes.attention : undefined}>
                    {flags.length === 0 ? '—' : flags.map((flag) => t(flag)).join(', ')}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
      {nested && <Text size="sm">{t('exchange.completeness.table.nestedNote')}</Text>}
      {direct && <Text size="sm">{t('exchange.completeness.table.directNote')}</Text>}
    </Stack>
  );
}
