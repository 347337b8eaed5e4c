import type { viReportDocument } from '../vi/report-document';

export const enReportDocument: typeof viReportDocument = {};
