import { Route, Routes } from 'react-router';

/** Placeholder while the area is built: the area's pages under /candidates. */
export function CandidatesSection() {
  return (
    <Routes>
      <Route index element={null} />
    </Routes>
  );
}
