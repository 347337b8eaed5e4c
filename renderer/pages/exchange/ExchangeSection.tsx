import { Navigate, Route, Routes } from 'react-router';
import { CompletenessPage } from './CompletenessPage';
import { ExportPage } from './ExportPage';
import { ImportFilesPage } from './ImportFilesPage';
import { ImportHistoryPage } from './ImportHistoryPage';
import { TransferPage } from './TransferPage';

/** Sending the period's file up (export) and, at a committee, receiving its units' files (import, history). */
export function ExchangeSection() {
  return (
    <Routes>
      <Route index element={<Navigate to="export" replace />} />
      <Route path="export" element={<ExportPage />} />
      <Route path="import" element={<ImportFilesPage />} />
      <Route path="history" element={<ImportHistoryPage />} />
      <Route path="completeness" element={<CompletenessPage />} />
      <Route path="transfer" element={<TransferPage />} />
      <Route path="*" element={<Navigate to="export" replace />} />
    </Routes>
  );
}
