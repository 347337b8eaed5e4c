import type { viReportErrors } from '../vi/report-errors';

/** Refusals of a report query. */
export const enReportErrors: typeof viReportErrors = {
  unit_not_found: 'The register has no unit with code {{code}}: no report can be made for it.',
  home_missing: 'The register’s own unit is not set up yet: set it up before making a report.',
};
