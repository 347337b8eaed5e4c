import type { viReports } from '../vi/reports';
import { enReportDocument } from './report-document';
import { enReportErrors } from './report-errors';
import { enReportIndicators } from './report-indicators';
import { enReportsUi } from './reports-ui';

/** Reports: the indicators' names, the screens, the printed and XLSX documents, and the checks of a report query. */
export const enReports: typeof viReports = {
  nav: 'Reports',
  indicator: enReportIndicators,
  ui: enReportsUi,
  document: enReportDocument,
  errors: enReportErrors,
  validation: {
    period_required: 'Enter the reporting period.',
    period_format: 'Write the period as 2026-Q3 (quarter), 2026-H1 (six months), 2026-9M (nine months) or 2026 (year).',
    number_too_long: 'The document number is too long: at most {{max}} characters.',
    place_too_long: 'The place name is too long: at most {{max}} characters.',
  },
};
