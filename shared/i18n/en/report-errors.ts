import type { viReportErrors } from '../vi/report-errors';

export const enReportErrors: typeof viReportErrors = {};
