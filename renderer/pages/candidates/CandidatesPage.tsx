import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CandidateSummary } from '../../../shared/candidates/views';
import { formatViDate } from '../../../shared/dates/calendar';
import { useCandidateList } from '../../api/candidateQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import classes from '../member/tables.module.css';
import pageClasses from './CandidatesPage.module.css';
import { certificateText, nextText, stageText } from './describeCandidate';

interface Column {
  header: string;
  cell: (candidate: CandidateSummary) => ReactNode;
}

/** One group of candidates as a table titled with its count. */
function CandidateTable({ title, candidates, columns }: { title: string; candidates: CandidateSummary[]; columns: Column[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  if (candidates.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId}>
        {title}
      </Title>
      <div className={classes.scroller}>
        <Table aria-labelledby={titleId} fz="md" verticalSpacing="sm" className={classes.table}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('candidates.list.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('candidates.list.columns.unit')}</Table.Th>
              {columns.map((column) => (
                <Table.Th scope="col" key={column.header}>
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((candidate) => (
              <Table.Tr key={candidate.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/candidates/${candidate.id}`}>
                    {candidate.fullName}
                  </Anchor>
                </Table.Th>
                <Table.Td>{candidate.unitName}</Table.Td>
                {columns.map((column) => (
                  <Table.Td key={column.header}>{column.cell(candidate)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}

/** Everyone the cell follows towards admission: those in preparation first, then the admitted and the dropped apart. */
export function CandidatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('candidates.list.title'));
  const list = useCandidateList();
  const column = (name: string, cell: Column['cell']): Column => ({ header: t(`candidates.list.columns.${name}`), cell });
  const stage = column('stage', (candidate) => stageText(t, candidate.state));

  return (
    <Stack gap="lg" maw="76rem">
      <Group justify="space-between" align="center" gap="md">
        <PageHeading>{t('candidates.list.title')}</PageHeading>
        <Button component={Link} to="/candidates/new">
          {t('candidates.list.add')}
        </Button>
      </Group>
      <Text>{t('candidates.list.intro')}</Text>
      <QueryState query={list} failedTitle={t('candidates.list.loadFailed')}>
        {(data) =>
          data.active.length + data.admitted.length + data.dropped.length === 0 ? (
            <Card withBorder padding="xl" maw="44rem">
              <Text>{t('candidates.list.empty')}</Text>
            </Card>
          ) : (
            <>
              <CandidateTable
                title={t('candidates.list.active', { count: data.active.length })}
                candidates={data.active}
                columns={[
                  stage,
                  column('next', (candidate) => nextText(t, candidate.state)),
                  column('certificate', (candidate) => (
                    <span className={candidate.state.certificate?.alert ? pageClasses.alert : undefined}>
                      {certificateText(t, candidate.state.certificate)}
                    </span>
                  )),
                ]}
              />
              <CandidateTable
                title={t('candidates.list.admitted', { count: data.admitted.length })}
                candidates={data.admitted}
                columns={[column('ceremony', (candidate) => formatViDate(candidate.state.stageOn))]}
              />
              <CandidateTable
                title={t('candidates.list.dropped', { count: data.dropped.length })}
                candidates={data.dropped}
                columns={[
                  stage,
                  column('dropped', (candidate) =>
                    candidate.droppedOn && t('candidates.list.droppedValue', { date: formatViDate(candidate.droppedOn), reason: candidate.dropReason ?? '' }),
                  ),
                ]}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
