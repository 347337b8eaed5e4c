import { Navigate, Route, Routes, useParams } from 'react-router';
import { MemberLedgerPage } from './MemberLedgerPage';
import { MonthSheetPage } from './MonthSheetPage';
import { YearSummaryPage } from './YearSummaryPage';

/** A member's ledger, given the id from the address; a link with no valid id leads back to the sheet. */
function MemberLedgerRoute() {
  const id = Number(useParams().id);
  return Number.isSafeInteger(id) && id > 0 ? <MemberLedgerPage key={id} memberId={id} /> : <Navigate to="/dues" replace />;
}

/** Party dues under /dues: the month sheet, a member's ledger, the year's totals. */
export function DuesSection() {
  return (
    <Routes>
      <Route index element={<MonthSheetPage />} />
      <Route path="member/:id" element={<MemberLedgerRoute />} />
      <Route path="year" element={<YearSummaryPage />} />
      <Route path="*" element={<Navigate to="/dues" replace />} />
    </Routes>
  );
}
