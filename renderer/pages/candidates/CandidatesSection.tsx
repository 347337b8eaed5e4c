import type { ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useMemberIdParam } from '../member/useMemberIdParam';
import { CandidatePage } from './CandidatePage';
import { CandidatesPage } from './CandidatesPage';
import { EditCandidatePage } from './EditCandidatePage';
import { NewCandidatePage } from './NewCandidatePage';

/** A page about one candidate, given the id from the address; a link with no valid id leads back to the list. */
function CandidateRoute({ page: Page }: { page: ComponentType<{ id: number }> }) {
  const id = useMemberIdParam();
  return id === null ? <Navigate to="/candidates" replace /> : <Page key={id} id={id} />;
}

/** The admission pipeline's pages under /candidates. */
export function CandidatesSection() {
  return (
    <Routes>
      <Route index element={<CandidatesPage />} />
      <Route path="new" element={<NewCandidatePage />} />
      <Route path=":id" element={<CandidateRoute page={CandidatePage} />} />
      <Route path=":id/edit" element={<CandidateRoute page={EditCandidatePage} />} />
    </Routes>
  );
}
