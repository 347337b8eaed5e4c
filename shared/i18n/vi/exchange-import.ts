/** Receiving units' exchange files at the parent committee: preview, commit, history, and the command line. */
export const viExchangeImport = {
  outcome: {
    accept: 'Nhận mới',
    supersede: 'Thay bản trước',
    already: 'Đã nhận trước đây',
    stale: 'Bản cũ — từ chối',
    conflict: 'Trùng lần sửa — từ chối',
    untrusted: 'Chưa tin cậy người gửi',
    key_changed: 'Khóa đã đổi — từ chối',
    wrong_parent: 'Gửi nhầm cấp trên — từ chối',
    not_ours: 'Không thuộc đơn vị này — từ chối',
    invalid: 'Tệp không hợp lệ — từ chối',
  },
  reason: {
    accept: 'Tệp kỳ {{period}} của {{name}} ({{code}}), lần {{revision}}: nhận mới.',
    supersede:
      'Tệp kỳ {{period}} của {{name}} ({{code}}), lần sửa {{revision}}: thay cho lần {{latest}} đã nhận.',
    already:
      'Tệp kỳ {{period}} của {{name}} ({{code}}), lần {{revision}} đã được nhận đúng từng byte trước đây: không có gì thay đổi.',
    stale:
      'Tệp kỳ {{period}} của {{name}} ({{code}}) là lần {{revision}}, cũ hơn lần {{latest}} đã nhận: không nhận bản cũ.',
    conflict:
      'Đã nhận một tệp khác cũng là lần {{revision}} kỳ {{period}} của {{name}} ({{code}}): hai tệp cùng lần sửa mà nội dung khác nhau. Hãy hỏi đơn vị bản nào đúng và đề nghị gửi lần sửa mới.',
    untrusted:
      'Chưa có khóa của {{name}} ({{code}}) trong sổ. Hãy gọi điện cho đơn vị, đọc đối chiếu dấu vân tay {{fingerprint}}, rồi đánh dấu tin cậy.',
    key_changed:
      'Khóa ký tệp của {{name}} ({{code}}) có dấu vân tay {{fingerprint}}, khác khóa đã ghi nhận ({{pinnedFingerprint}}). Chỉ nhận khi đã gọi điện xác nhận đơn vị thật sự đổi khóa và chọn «Ghi nhận khóa mới».',
    wrong_parent:
      'Tệp của {{name}} ({{code}}) gửi cho cấp trên mã {{parentCode}}, không phải cho {{homeName}} ({{homeCode}}). Hãy chuyển tệp cho đơn vị {{parentCode}}.',
    not_ours:
      'Trong sổ này, đơn vị {{code}} không trực thuộc {{homeCode}} (đang ghi ở {{registeredParent}}): không nhận tệp của đơn vị không trực thuộc.',
    content_invalid:
      'Tệp của {{name}} ({{code}}) có chữ ký đúng nhưng nội dung không đúng quy cách (mục «{{field}}»): có lẽ do phiên bản ứng dụng khác tạo ra.',
  },
  keyAction: {
    trusted: 'Đã tin cậy khóa mới của đơn vị.',
    repinned: 'Đã ghi nhận khóa mới thay khóa cũ.',
  },
  validation: {
    no_files: 'Hãy chọn ít nhất một tệp .scb.',
  },
  page: {
    title: 'Nhận tệp của đơn vị trực thuộc',
    intro:
      'Kéo thả các tệp .scb (hoặc cả thư mục) vào đây. Ứng dụng kiểm tra chữ ký, người gửi và lần sửa của từng tệp trước khi nhận.',
    drop: 'Thả tệp .scb hoặc thư mục vào đây',
    chooseFiles: 'Chọn tệp .scb',
    chooseFolder: 'Chọn thư mục',
    reading: 'Đang đọc và kiểm tra {{count}} tệp…',
    previewCaption: 'Kết quả kiểm tra {{count}} tệp',
    columns: {
      file: 'Tệp',
      unit: 'Đơn vị',
      period: 'Kỳ',
      revision: 'Lần',
      outcome: 'Kết quả',
      reason: 'Lý do',
    },
    fingerprint: 'Dấu vân tay: {{fingerprint}}',
    trust: 'Tin cậy {{code}} (đã đọc đối chiếu dấu vân tay qua điện thoại)',
    repin: 'Ghi nhận khóa mới của {{code}}…',
    repinTitle: 'Ghi nhận khóa mới của {{code}}',
    repinBody:
      'Chỉ làm khi đã gọi điện cho đơn vị và được xác nhận họ đã đổi khóa. Gõ mã đơn vị {{code}} để xác nhận; khóa cũ được giữ lại để kiểm tra các tệp cũ.',
    repinCode: 'Mã đơn vị',
    repinConfirm: 'Ghi nhận khóa mới',
    repinned: 'Sẽ ghi nhận khóa mới của {{code}}.',
    changesTitle: 'Thay đổi so với lần {{revision}}',
    changedIndicators: 'Chỉ tiêu thay đổi',
    changedIndicator: '{{key}}: {{before}} → {{after}}',
    changedMembers: 'Đảng viên thay đổi',
    member: {
      added: 'Thêm: {{name}} (số {{id}})',
      removed: 'Bớt: {{name}} (số {{id}})',
      changed: 'Sửa: {{name}} (số {{id}})',
    },
    noChanges: 'Không có chỉ tiêu hay đảng viên nào khác.',
    commit: 'Nhập các tệp',
    progress: 'Đã nhập {{done}}/{{total}} tệp',
    resultTitle: 'Kết quả nhập',
    summary: 'Đã nhận {{ok}} tệp, từ chối {{refused}} tệp.',
    backup: 'Đã sao lưu sổ trước khi nhập: {{file}}',
    clear: 'Chọn tệp khác',
    history: 'Xem lịch sử nhận tệp',
  },
  history: {
    title: 'Lịch sử nhận tệp',
    intro: 'Mọi lần nhập tệp của đơn vị trực thuộc, kể cả tệp bị từ chối, với lý do.',
    caption: 'Lịch sử nhận tệp ({{count}} lượt)',
    empty: 'Chưa nhập tệp nào.',
    columns: {
      at: 'Thời điểm',
      file: 'Tệp',
      unit: 'Đơn vị',
      outcome: 'Kết quả',
      reason: 'Lý do',
    },
    importFiles: 'Nhận tệp mới',
  },
  cli: {
    line: '{{file}}: {{outcome}}. {{reason}}',
    member: '    {{change}}',
    indicator: '    {{key}}: {{before}} → {{after}}',
    trusting: 'Tin cậy khóa của {{code}}, dấu vân tay {{fingerprint}}',
    repinning: 'Ghi nhận khóa mới của {{code}}, dấu vân tay {{fingerprint}}',
    dryRun: 'Chạy thử (--dry-run): chưa nhận tệp nào.',
    backup: 'Đã sao lưu sổ: {{file}}',
    summary: 'Đã nhận {{ok}} tệp, từ chối {{refused}} tệp.',
    noFiles: 'Không có tệp .scb nào ở {{path}}.',
  },
};
