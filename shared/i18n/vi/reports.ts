import { viReportDocument } from './report-document';
import { viReportErrors } from './report-errors';
import { viReportIndicators } from './report-indicators';
import { viReportsUi } from './reports-ui';

/** Reports: the indicators' names, the screens, the printed and XLSX documents, and the checks of a report query. */
export const viReports = {
  nav: 'Báo cáo',
  indicator: viReportIndicators,
  ui: viReportsUi,
  document: viReportDocument,
  errors: viReportErrors,
  validation: {
    period_required: 'Hãy nhập kỳ báo cáo.',
    period_format: 'Kỳ báo cáo viết như 2026-Q3 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng) hoặc 2026 (cả năm).',
    number_too_long: 'Số văn bản dài quá: tối đa {{max}} ký tự.',
    place_too_long: 'Địa danh dài quá: tối đa {{max}} ký tự.',
  },
};
