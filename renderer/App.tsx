import { Navigate, Route, Routes } from 'react-router';
import { toErrorData } from './api/ApiCallError';
import { useHomeOrganisation } from './api/organisationQueries';
import { LoadErrorScreen } from './components/LoadErrorScreen';
import { LoadingScreen } from './components/LoadingScreen';
import { MainNavigation } from './layout/MainNavigation';
import { Shell } from './layout/Shell';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { SetupPage } from './pages/setup/SetupPage';

/** A register without a home organisation can only be set up; once it has one, the whole app opens. */
export function App() {
  const home = useHomeOrganisation();
  if (home.isPending) return <LoadingScreen />;
  if (home.isError) return <LoadErrorScreen error={toErrorData(home.error)} onRetry={() => void home.refetch()} />;
  if (home.data === null) return <SetupPage />;
  return (
    <Shell organisationName={home.data.name} navigation={<MainNavigation />}>
      <Routes>
        <Route index element={<DashboardPage organisation={home.data} />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </Shell>
  );
}
