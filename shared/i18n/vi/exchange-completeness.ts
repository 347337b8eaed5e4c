/** The completeness board: which units have sent the period's file, and the cross-unit checks. */
export const viExchangeCompleteness = {
  title: 'Tình hình nộp tệp báo cáo',
};
