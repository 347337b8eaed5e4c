import type { viExchangeUnitFilesReminder } from '../vi/exchange-unit-files-reminder';

export const enExchangeUnitFilesReminder: typeof viExchangeUnitFilesReminder = {
  missing_one: 'The deadline for the {{period}} files ({{date}}) has passed: {{count}} unit has not sent its file ({{units}}).',
  missing_other: 'The deadline for the {{period}} files ({{date}}) has passed: {{count}} units have not sent their file ({{units}}).',
};
