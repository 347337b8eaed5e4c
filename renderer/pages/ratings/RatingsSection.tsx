import { Route, Routes } from 'react-router';

/** Placeholder while the area is built: the area's pages under /ratings. */
export function RatingsSection() {
  return (
    <Routes>
      <Route index element={null} />
    </Routes>
  );
}
