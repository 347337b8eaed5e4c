import type { ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { toErrorData } from './api/ApiCallError';
import { useHomeOrganisation } from './api/organisationQueries';
import { LoadErrorScreen } from './components/LoadErrorScreen';
import { LoadingScreen } from './components/LoadingScreen';
import { PageErrorBoundary } from './components/PageErrorBoundary';
import { MainNavigation } from './layout/MainNavigation';
import { Shell } from './layout/Shell';
import { CandidatesSection } from './pages/candidates/CandidatesSection';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { DuesSection } from './pages/dues/DuesSection';
import { ExchangeSection } from './pages/exchange/ExchangeSection';
import { ImportPage } from './pages/import/ImportPage';
import { InspectionsSection } from './pages/inspections/InspectionsSection';
import { EditMeetingPage } from './pages/meetings/EditMeetingPage';
import { MeetingPage } from './pages/meetings/MeetingPage';
import { MeetingsPage } from './pages/meetings/MeetingsPage';
import { MinutesPage } from './pages/meetings/MinutesPage';
import { NewMeetingPage } from './pages/meetings/NewMeetingPage';
import { MemberPage } from './pages/member/MemberPage';
import { useMemberIdParam } from './pages/member/useMemberIdParam';
import { EditMemberPage } from './pages/memberForm/EditMemberPage';
import { NewMemberPage } from './pages/memberForm/NewMemberPage';
import { MembersPage } from './pages/members/MembersPage';
import { RatingsSection } from './pages/ratings/RatingsSection';
import { ReportsSection } from './pages/reports/ReportsSection';
import { SettingsPage } from './pages/settings/SettingsPage';
import { SetupPage } from './pages/setup/SetupPage';
import { UnitsPage } from './pages/units/UnitsPage';

/** A page about one member, given the id from the address; a link with no valid id leads back to the list. */
function MemberRoute({ page: Page }: { page: ComponentType<{ id: number }> }) {
  const id = useMemberIdParam();
  return id === null ? <Navigate to="/members" replace /> : <Page key={id} id={id} />;
}

/** A page about one meeting, given the id from the address; a link with no valid id leads back to the list. */
function MeetingRoute({ page: Page }: { page: ComponentType<{ id: number }> }) {
  const id = useMemberIdParam();
  return id === null ? <Navigate to="/meetings" replace /> : <Page key={id} id={id} />;
}

/** A register without a home organisation can only be set up; once it has one, the whole app opens. */
export function App() {
  const home = useHomeOrganisation();
  if (home.isPending) return <LoadingScreen />;
  if (home.isError) return <LoadErrorScreen error={toErrorData(home.error)} onRetry={() => void home.refetch()} />;
  if (home.data === null) return <SetupPage />;
  return (
    <Shell organisationName={home.data.name} navigation={<MainNavigation />}>
      <PageErrorBoundary>
        <Routes>
          <Route index element={<DashboardPage organisation={home.data} />} />
          <Route path="members" element={<MembersPage />} />
          <Route path="members/new" element={<NewMemberPage />} />
          <Route path="members/import" element={<ImportPage />} />
          <Route path="members/:id" element={<MemberRoute page={MemberPage} />} />
          <Route path="members/:id/edit" element={<MemberRoute page={EditMemberPage} />} />
          <Route path="meetings" element={<MeetingsPage />} />
          <Route path="meetings/new" element={<NewMeetingPage />} />
          <Route path="meetings/:id" element={<MeetingRoute page={MeetingPage} />} />
          <Route path="meetings/:id/edit" element={<MeetingRoute page={EditMeetingPage} />} />
          <Route path="meetings/:id/minutes" element={<MeetingRoute page={MinutesPage} />} />
          <Route path="inspections/*" element={<InspectionsSection />} />
          <Route path="ratings/*" element={<RatingsSection />} />
          <Route path="dues/*" element={<DuesSection />} />
          <Route path="candidates/*" element={<CandidatesSection />} />
          <Route path="reports/*" element={<ReportsSection />} />
          <Route path="exchange/*" element={<ExchangeSection />} />
          <Route path="units" element={<UnitsPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </PageErrorBoundary>
    </Shell>
  );
}
