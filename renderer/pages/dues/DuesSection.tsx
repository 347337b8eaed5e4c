import { Route, Routes } from 'react-router';

/** Placeholder while the area is built: the area's pages under /dues. */
export function DuesSection() {
  return (
    <Routes>
      <Route index element={null} />
    </Routes>
  );
}
