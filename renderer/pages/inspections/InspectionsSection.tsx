import type { ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useMemberIdParam } from '../member/useMemberIdParam';
import { EditInspectionPage } from './EditInspectionPage';
import { InspectionPage } from './InspectionPage';
import { InspectionsPage } from './InspectionsPage';
import { NewInspectionPage } from './NewInspectionPage';
import { PlanPage } from './PlanPage';

/** A page about one record, given the id from the address; a link with no valid id leads back to the list. */
function RecordRoute({ page: Page }: { page: ComponentType<{ id: number }> }) {
  // Reads any numeric `:id` of the address, not only a member's.
  const id = useMemberIdParam();
  return id === null ? <Navigate to="/inspections" replace /> : <Page key={id} id={id} />;
}

/** The inspection and supervision pages under /inspections. */
export function InspectionsSection() {
  return (
    <Routes>
      <Route index element={<InspectionsPage />} />
      <Route path="new" element={<NewInspectionPage />} />
      <Route path="plan" element={<PlanPage />} />
      <Route path=":id" element={<RecordRoute page={InspectionPage} />} />
      <Route path=":id/edit" element={<RecordRoute page={EditInspectionPage} />} />
      <Route path="*" element={<Navigate to="/inspections" replace />} />
    </Routes>
  );
}
