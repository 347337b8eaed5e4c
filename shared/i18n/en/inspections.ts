import type { viInspections } from '../vi/inspections';

export const enInspections: typeof viInspections = {
  nav: 'Inspection & supervision',
};
