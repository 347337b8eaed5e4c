/** The dashboard's reminder, at a committee, of units whose quarter file is missing after the deadline. */
export const viExchangeUnitFilesReminder = {
  missing_one: 'Quá hạn nộp tệp {{period}} ({{date}}): còn {{count}} đơn vị chưa nộp ({{units}}).',
  missing_other: 'Quá hạn nộp tệp {{period}} ({{date}}): còn {{count}} đơn vị chưa nộp ({{units}}).',
};
