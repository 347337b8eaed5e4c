import { Route, Routes } from 'react-router';
import { RatingsPage } from './RatingsPage';

/** The area's pages under /ratings: one page, the sheet of the year chosen in its address (?year=YYYY). */
export function RatingsSection() {
  return (
    <Routes>
      <Route index element={<RatingsPage />} />
    </Routes>
  );
}
