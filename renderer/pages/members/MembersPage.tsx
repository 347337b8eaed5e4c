import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { OrgUnit } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { useMemberList } from '../../api/memberQueries';
import { useOrgUnits } from '../../api/organisationQueries';
import { PageHeading } from '../../components/PageHeading';
import { translateError } from '../../i18n/translateError';
import { usePageTitle } from '../../layout/usePageTitle';
import { EmptyRegister } from './EmptyRegister';
import { ExportButton } from './ExportButton';
import { readFilters, toListQuery, writeFilters, type ListFilters } from './listFilters';
import { MemberFilters } from './MemberFilters';
import { MembersTable } from './MembersTable';
import classes from './MembersPage.module.css';

const NO_UNITS: OrgUnit[] = [];

/**
 * The register's members, searched and filtered, in the order the party keeps them. The page is as tall as the window
 * and the list takes what the heading and filters leave, so the list scrolls and the page does not.
 */
export function MembersPage() {
  const { t } = useTranslation();
  usePageTitle(t('members.list.title'));
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const query = toListQuery(filters);
  const list = useMemberList(query);
  const units = useOrgUnits().data ?? NO_UNITS;

  const changeFilters = (patch: Partial<ListFilters>) =>
    setParams((current) => writeFilters({ ...readFilters(current), ...patch }), { replace: true });

  const emptyRegister = list.data?.total === 0;

  return (
    <div className={classes.page}>
      <Group justify="space-between" align="center" gap="md">
        <PageHeading>{t('members.list.title')}</PageHeading>
        <Group gap="md">
          <Button component={Link} to="/members/new">
            {t('members.list.add')}
          </Button>
          <Button component={Link} to="/members/import" variant="default">
            {t('members.list.import')}
          </Button>
          <Button component={Link} to="/exchange/transfer" variant="default">
            {t('members.list.receiveTransfer')}
          </Button>
          <ExportButton query={query} disabled={!list.data || emptyRegister} />
        </Group>
      </Group>

      {list.isPending && (
        <Text role="status" c="dimmed">
          {t('common.loading')}
        </Text>
      )}
      {list.isError && (
        <Alert title={t('members.list.loadFailed')} variant="light">
          <Stack gap="sm" align="flex-start">
            <Text>{translateError(t, toErrorData(list.error))}</Text>
            <Button variant="default" onClick={() => void list.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {emptyRegister && <EmptyRegister />}
      {list.data && !emptyRegister && (
        <>
          <MemberFilters filters={filters} onChange={changeFilters} units={units} />
          <Text role="status" fw={500}>
            {t('members.list.count', { shown: list.data.rows.length, total: list.data.total })}
          </Text>
          {list.data.rows.length > 0 ? (
            // A new search starts at the top of its results rather than where the last list was scrolled to.
            <MembersTable key={JSON.stringify(query)} rows={list.data.rows} showUnit={units.length > 1} />
          ) : (
            <Text>{t('members.list.noMatch')}</Text>
          )}
        </>
      )}
    </div>
  );
}
