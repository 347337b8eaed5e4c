import type { viReportsUi } from '../vi/reports-ui';

export const enReportsUi: typeof viReportsUi = {};
