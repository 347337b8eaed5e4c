import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { DuesView } from './DuesView';
import { FormsView } from './FormsView';
import { KtgsView } from './KtgsView';
import { MemberListView } from './MemberListView';
import { PrintView } from './PrintView';
import { RatingsView } from './RatingsView';
import { ReportLayout } from './ReportLayout';
import { SummaryView } from './SummaryView';

/**
 * The charts come in their own file, read when the charts are first opened: the drawing library is the size of the
 * rest of the app, and most visits to the reports never draw a chart.
 */
const ChartsView = lazy(() => import('./ChartsView').then((module) => ({ default: module.ChartsView })));

function LazyCharts() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Text role="status" c="dimmed">
          {t('common.loading')}
        </Text>
      }
    >
      <ChartsView />
    </Suspense>
  );
}

/**
 * The report pages under /reports: one report (the period and unit in the address, ?period=2026-Q3&unit=CODE) seen
 * part by part — summary, member list, the statistical forms, ratings, inspection and supervision, dues, charts — and
 * the printable document with its downloads.
 */
export function ReportsSection() {
  return (
    <Routes>
      <Route element={<ReportLayout />}>
        <Route index element={<SummaryView />} />
        <Route path="members" element={<MemberListView />} />
        <Route path="forms" element={<FormsView />} />
        <Route path="ratings" element={<RatingsView />} />
        <Route path="ktgs" element={<KtgsView />} />
        <Route path="dues" element={<DuesView />} />
        <Route path="charts" element={<LazyCharts />} />
        <Route path="print" element={<PrintView />} />
      </Route>
      <Route path="*" element={<Navigate to="/reports" replace />} />
    </Routes>
  );
}
