/** The completeness board: which units have sent the period's file, and the cross-unit checks. */
export const viExchangeCompleteness = {
  title: 'Tình hình nộp tệp báo cáo',
  intro:
    'Đơn vị nào đã gửi tệp báo cáo của kỳ lên, gửi muộn, đã gửi lại bản sửa hay chưa gửi — cả các đơn vị cấp dưới nữa, theo tệp mà các cấp ủy trực thuộc gửi lên.',
  loadFailed: 'Chưa đọc được tình hình nộp tệp',
  open: 'Tình hình nộp tệp',
  links: {
    import: 'Nhận tệp',
    history: 'Lịch sử nhận tệp',
  },
  deadline: {
    title: 'Hạn nộp',
    set: 'Hạn nộp tệp của kỳ này: {{date}} (do cấp ủy đặt cho kỳ này).',
    default: 'Hạn nộp tệp của kỳ này: {{date}} (mặc định: {{days}} ngày sau ngày cuối kỳ).',
    rule: 'Căn cứ: {{rule}}',
    formTitle: 'Đổi hạn nộp',
    dueOn: 'Hạn nộp mới',
    submit: 'Đặt hạn',
    reset: 'Về mặc định',
    saved: 'Đã đặt hạn nộp {{date}}.',
    resetDone: 'Đã trở về hạn mặc định {{date}}.',
    failed: 'Chưa đặt được hạn nộp',
  },
  levels: {
    title: 'Tình hình theo cấp',
    first: 'Cấp 1 (đơn vị trực thuộc)',
    deeper: 'Cấp {{depth}} (theo tệp của các đơn vị)',
    line: '{{level}}: {{received}}/{{expected}} đã nộp ({{rate}}), {{late}} nộp muộn, {{corrected}} đã sửa, {{missing}} chưa nộp',
    none: 'Không có đơn vị nào phải gửi tệp báo cáo của kỳ này cho {{name}}.',
  },
  table: {
    title: 'Các đơn vị',
    caption: 'Tình hình nộp tệp {{period}} của các đơn vị thuộc {{name}}',
    columns: {
      code: 'Mã',
      name: 'Tên đơn vị',
      status: 'Tình trạng',
      revision: 'Lần nộp',
      receivedAt: 'Nhận lúc',
      flags: 'Ghi chú',
    },
    status: {
      received: 'Đã nộp',
      missing: 'Chưa nộp',
      direct: 'Quản lý trực tiếp',
    },
    revision: 'lần {{revision}}',
    late: 'Nộp muộn',
    overdue: 'Quá hạn',
    corrected: 'Đã sửa',
    nested: 'theo tệp của {{code}}',
    nestedNote:
      'Với đơn vị từ cấp 2 trở xuống, tình trạng và thời điểm nhận là ở cấp ủy trực tiếp của đơn vị đó, theo tệp mà cấp ủy ấy gửi lên (tính đến lúc lập tệp).',
    directNote: '“Quản lý trực tiếp”: đảng viên của đơn vị được ghi ngay trong sổ này, nên đơn vị không phải gửi tệp.',
  },
  unreadable: {
    title: 'Tệp không đọc được ở đây',
    line: 'Tệp của {{code}} gửi kèm trong tệp của {{inside}} được mã hóa riêng cho {{inside}}, nên ở đây không đọc được nội dung: số liệu của {{code}} không có trong phần đối chiếu giữa các đơn vị.',
  },
};
