/** Refusals of a report query. */
export const viReportErrors = {
  unit_not_found: 'Trong sổ không có đơn vị mã {{code}}: không lập được báo cáo cho đơn vị này.',
  home_missing: 'Sổ chưa khai báo chi bộ (đơn vị) của mình: hãy khai báo trước khi lập báo cáo.',
};
