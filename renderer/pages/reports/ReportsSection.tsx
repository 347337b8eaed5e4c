import { Route, Routes } from 'react-router';

/** Placeholder while the area is built: the report pages under /reports. */
export function ReportsSection() {
  return (
    <Routes>
      <Route index element={null} />
    </Routes>
  );
}
