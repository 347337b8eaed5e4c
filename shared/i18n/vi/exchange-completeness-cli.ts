/** `sochibo completeness`: the board in a terminal. */
export const viExchangeCompletenessCli = {
  usage: 'Cách dùng: sochibo completeness --period KỲ [--deadline dd/mm/yyyy|mac-dinh] [--format json]',
  periodMissing: 'Thiếu --period (ví dụ --period 2026-Q3).',
  heading: 'Tình hình nộp tệp kỳ {{period}} — {{name}} ({{code}})',
  deadlineSet: 'Hạn nộp: {{date}} (cấp ủy đặt cho kỳ này)',
  deadlineDefault: 'Hạn nộp: {{date}} (mặc định — {{rule}})',
  level: 'Cấp {{depth}}: {{received}}/{{expected}} đơn vị đã nộp ({{rate}}), {{late}} nộp muộn, {{corrected}} đã sửa, {{missing}} chưa nộp',
  noUnits: 'Chưa có đơn vị nào phải nộp tệp cho đơn vị này.',
  received: 'đã nộp lần {{revision}}, nhận lúc {{at}}',
  missing: 'CHƯA NỘP',
  direct: 'quản lý trực tiếp trong sổ',
  late: 'nộp muộn',
  overdue: 'quá hạn',
  corrected: 'đã sửa',
  unreadable: 'Tệp của {{code}} gửi kèm trong tệp của {{inside}} được mã hóa cho {{inside}}: đã kiểm tra chữ ký, không đọc được nội dung ở đây.',
  checksNone: 'Đối chiếu giữa các đơn vị: không thấy điểm nào cần xem.',
  checksHeading: 'Đối chiếu giữa các đơn vị: {{count}} điểm cần xem',
};
