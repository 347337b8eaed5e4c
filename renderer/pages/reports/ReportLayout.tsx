import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { formatViDate } from '../../../shared/dates/calendar';
import { useOrgUnits } from '../../api/organisationQueries';
import { usePeriodReport } from '../../api/reportQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { periodLabel } from './describeReport';
import { ReportChooser } from './ReportChooser';
import { ReportNav } from './ReportNav';
import classes from './Reports.module.css';
import type { ReportContext } from './useReport';
import { useReportAddress } from './useReportAddress';

/**
 * The frame of every report part: the heading, the period and unit chosen, the parts' links, then the part itself
 * with the report read for that choice. The frame is left out of the printout: only the document prints.
 */
export function ReportLayout() {
  const { t } = useTranslation();
  const address = useReportAddress();
  const units = useOrgUnits();
  const report = usePeriodReport(address.period.code, address.orgCode);
  usePageTitle(`${t('reports.ui.title')}: ${periodLabel(t, address.period)}`);
  return (
    <Stack gap="lg" maw="84rem">
      <Stack gap="md" className={classes.screenOnly}>
        <PageHeading>{t('reports.ui.title')}</PageHeading>
        <Text maw="52rem">{t('reports.ui.intro')}</Text>
        <ReportChooser address={address} units={units.data ?? []} />
        <ReportNav search={address.search} />
      </Stack>
      <QueryState query={report} failedTitle={t('reports.ui.loadFailed')}>
        {(data) => (
          <>
            <div className={classes.screenOnly}>
              <Text fw={700} size="lg">
                {t('reports.ui.heading', { period: periodLabel(t, data.period), unit: data.org.name })}
              </Text>
              <Text c="dimmed">
                {t('reports.ui.asOf', {
                  from: formatViDate(data.period.from),
                  to: formatViDate(data.period.to),
                  generated: formatViDate(data.generatedOn),
                })}
              </Text>
            </div>
            <Outlet context={{ report: data, address } satisfies ReportContext} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
