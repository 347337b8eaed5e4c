import { Route, Routes } from 'react-router';

/** Placeholder while the area is built: the area's pages under /inspections. */
export function InspectionsSection() {
  return (
    <Routes>
      <Route index element={null} />
    </Routes>
  );
}
