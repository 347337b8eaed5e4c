/** The member transfer file: sending one member's record and history, receiving it as a transfer in. */
export const viExchangeTransfer = {
  title: 'Chuyển sinh hoạt đảng bằng tệp',
  refusal: {
    not_transfer_file: 'Đây không phải tệp chuyển sinh hoạt đảng (.scbt) của Sổ Chi bộ, hoặc tệp đã hỏng đến mức không đọc được.',
    period_file:
      'Đây là tệp báo cáo định kỳ (.scb) gửi cấp trên, không phải tệp chuyển sinh hoạt đảng. Hãy nhận tệp này ở mục «Nhận tệp của đơn vị trực thuộc» (lệnh «sochibo import»).',
    key_card: 'Đây là thẻ khóa (.sochibo-key) của một đơn vị, không phải tệp chuyển sinh hoạt đảng.',
    too_large: 'Tệp quá lớn ({{size}} byte; tối đa {{max}} byte), không phải tệp chuyển sinh hoạt đảng của Sổ Chi bộ.',
    unknown_version:
      'Tệp chuyển sinh hoạt này theo phiên bản định dạng {{version}}, phiên bản ứng dụng này chỉ đọc được phiên bản {{supported}}. Hãy cài phiên bản mới nhất của Sổ Chi bộ.',
    malformed: 'Tệp chuyển sinh hoạt bị hỏng hoặc đã bị sửa: mục «{{field}}» không đúng quy cách. Hãy xin đơn vị chuyển đi gửi lại tệp.',
    not_canonical:
      'Tệp chuyển sinh hoạt đã bị sửa sau khi ký: nội dung không còn đúng từng byte như khi ứng dụng ghi ra. Hãy xin đơn vị chuyển đi gửi lại tệp.',
    fingerprint_mismatch: 'Tệp chuyển sinh hoạt ghi dấu vân tay {{stated}} nhưng khóa đi kèm có dấu vân tay {{actual}}: tệp đã bị sửa.',
    bad_signature:
      'Chữ ký của tệp chuyển sinh hoạt không đúng (đơn vị {{code}}, khóa {{fingerprint}}): tệp đã bị sửa hoặc hỏng sau khi ký. Hãy xin đơn vị chuyển đi gửi lại tệp.',
    hash_mismatch:
      'Nội dung tệp chuyển sinh hoạt không khớp với mã kiểm tra trong phần khai đã ký: tệp bị hỏng hoặc đã bị sửa. Hãy xin đơn vị chuyển đi gửi lại tệp.',
    not_for_this_unit:
      'Tệp này được mã hóa cho đơn vị {{code}} (dấu vân tay khóa {{fingerprint}}), không phải cho đơn vị này (khóa {{ours}}). Chỉ đơn vị nhận mới mở được nội dung.',
    cannot_decrypt: 'Không giải mã được nội dung tệp gửi cho đơn vị {{code}} (khóa {{fingerprint}}): tệp bị hỏng hoặc đã bị sửa.',
    content_unreadable: 'Chữ ký đúng nhưng nội dung tệp chuyển sinh hoạt không đọc được: tệp do một chương trình lỗi tạo ra.',
    content_invalid: 'Chữ ký đúng nhưng nội dung tệp chuyển sinh hoạt không đúng quy cách (mục «{{field}}»): tệp do một chương trình lỗi tạo ra.',
  },
  reason: {
    accept:
      'Sẽ nhận đồng chí {{name}} vào {{unit}} (mã {{unitCode}}), chuyển sinh hoạt chính thức đến ngày {{inOn}}, từ {{sender}} (mã {{code}}).',
    already:
      'Đã nhận việc chuyển sinh hoạt này rồi: đồng chí {{memberName}} đã có trong sổ ({{unit}}, chuyển đến ngày {{inOn}}). Không có gì thay đổi.',
    own_file: 'Tệp này do chính {{homeName}} (mã {{code}}) xuất ra; chỉ đơn vị nhận đảng viên mới nhập tệp này.',
    key_changed:
      'Đơn vị {{code}} ({{sender}}) đã được ghi trong sổ với khóa có dấu vân tay {{pinnedFingerprint}}, nhưng tệp này được ký bằng khóa {{fingerprint}}. Không nhận tệp; hãy gọi điện cho đơn vị để hỏi rõ.',
    duplicate_card:
      'Sổ đã có đồng chí {{holder}} ({{unit}}) mang số thẻ đảng {{card}}. Không nhận tệp; nếu là cùng một người trở về, hãy ghi sự kiện chuyển đến trên trang của đồng chí đó.',
    duplicate_citizen_id:
      'Sổ đã có đồng chí {{holder}} ({{unit}}) mang số căn cước {{citizenId}}. Không nhận tệp; nếu là cùng một người trở về, hãy ghi sự kiện chuyển đến trên trang của đồng chí đó.',
    history_unfit: 'Quá trình của đồng chí {{name}} trong tệp không khớp với quy định khi ghi vào sổ này:',
  },
  outcome: {
    accept: 'Nhận được',
    already: 'Đã nhận trước đây',
    refused: 'Không nhận',
  },
  errors: {
    not_transferred_out:
      'Đồng chí {{name}} chưa được ghi chuyển sinh hoạt chính thức đi. Hãy ghi sự kiện «Chuyển sinh hoạt chính thức đi» (ngày, nơi đến, số quyết định) trên trang của đảng viên trước, rồi mới xuất tệp.',
    own_card: 'Đây là thẻ khóa của chính đơn vị mình (mã {{code}}). Hãy chọn thẻ khóa của đơn vị nhận đảng viên.',
    date_before_transfer_out: 'Ngày chuyển đến {{date}} sớm hơn ngày chuyển đi {{outOn}} ghi trong tệp.',
    date_in_future: 'Ngày chuyển đến {{date}} chưa tới (hôm nay là {{today}}).',
  },
  export: {
    card: {
      legend: 'Thẻ khóa của đơn vị nhận (không bắt buộc)',
      help: 'Chọn thẻ khóa của đơn vị nhận để chỉ đơn vị đó mở được nội dung tệp.',
      label: 'Chọn thẻ khóa…',
      loaded: 'Thẻ khóa của {{name}} ({{code}})',
      fingerprint: 'Dấu vân tay khóa: {{fingerprint}}',
      none: 'Không chọn thẻ khóa: tệp không mã hóa, ai có tệp cũng đọc được.',
      remove: 'Bỏ thẻ khóa',
    },
    button: 'Xuất tệp chuyển sinh hoạt',
    title: 'Xuất tệp chuyển sinh hoạt đảng',
    intro:
      'Tệp gồm lý lịch, toàn bộ quá trình và quyết định chuyển đi của đồng chí {{name}}, có chữ ký của đơn vị. Gửi tệp cho đơn vị nhận; họ nhập tệp ở mục «Chuyển sinh hoạt đảng bằng tệp».',
    done: 'Đã xuất tệp {{file}}. Đọc dấu vân tay {{fingerprint}} cho đơn vị nhận qua điện thoại.',
    doneEncrypted: 'Nội dung được mã hóa cho {{code}} (dấu vân tay {{fingerprint}}).',
  },
  page: {
    intro:
      'Nhận một đảng viên chuyển sinh hoạt đến bằng tệp (.scbt) do đơn vị chuyển đi gửi. Tệp được kiểm tra chữ ký; đảng viên được ghi vào sổ cùng lý lịch, quá trình và sự kiện chuyển đến.',
    choose: 'Chọn tệp chuyển sinh hoạt…',
    reading: 'Đang kiểm tra tệp…',
    previewTitle: 'Nội dung tệp',
    member: 'Đảng viên',
    memberValue: '{{name}}, sinh ngày {{birthDate}}',
    card: 'Số thẻ đảng',
    citizenId: 'Số căn cước',
    status: 'Khi chuyển đi',
    admittedOn: 'Ngày vào Đảng',
    officialOn: 'Ngày chính thức',
    sender: 'Đơn vị chuyển đi',
    senderValue: '{{name}} (mã {{code}})',
    senderUnit: 'Sinh hoạt tại',
    transferOut: 'Chuyển đi',
    transferOutValue: 'ngày {{date}}, đến «{{otherUnit}}»',
    decision: 'Số quyết định',
    events: 'Sự kiện',
    eventsValue:
      '{{kept}} sự kiện sẽ ghi vào sổ: các sự kiện trong tệp trừ chuyển đi, chuyển đến, miễn sinh hoạt ở đơn vị cũ (tệp có {{inFile}}), cộng sự kiện chuyển đến đơn vị này',
    fingerprint: 'Dấu vân tay khóa của đơn vị chuyển đi',
    keyPinned: 'Khóa này đúng là khóa của đơn vị đã ghi trong sổ.',
    keyUnknown:
      'Sổ chưa biết khóa của đơn vị này. Hãy gọi điện cho đơn vị chuyển đi và nhờ họ đọc dấu vân tay khóa; chỉ nhận khi hai bên thấy cùng một dãy số.',
    unit: 'Ghi vào đơn vị',
    date: 'Ngày chuyển đến',
    dateHelp: 'Viết ngày/tháng/năm; để trống là hôm nay. Không sớm hơn ngày chuyển đi.',
    commit: 'Nhận vào sổ',
    clear: 'Chọn tệp khác',
    done: 'Đã nhận đồng chí {{name}} vào sổ.',
    openMember: 'Mở trang của đảng viên',
    backup: 'Bản sao của sổ trước khi nhận được lưu ở: {{file}}',
  },
  cli: {
    exportUsage: 'Cách dùng: sochibo transfer export --member SỐ --out TỆP|THƯ_MỤC [--encrypt-to THẺ_KHÓA]',
    importUsage: 'Cách dùng: sochibo transfer import TỆP [--dry-run] [--unit MÃ] [--date NGÀY]',
    memberMissing: 'Thiếu tùy chọn --member (số của đảng viên trong sổ, xem ở địa chỉ trang đảng viên).',
    memberInvalid: '--member phải là số của đảng viên trong sổ, ví dụ --member 12; «{{value}}» không phải.',
    outMissing: 'Thiếu tùy chọn --out (tệp hoặc thư mục cần ghi).',
    cardUnreadable: 'Không đọc được thẻ khóa {{file}}: {{reason}}',
    written: 'Đã ghi tệp chuyển sinh hoạt của đồng chí {{name}} vào {{file}}.',
    transferOut: 'Chuyển đi ngày {{date}}, đến «{{otherUnit}}».',
    fingerprint: 'Dấu vân tay khóa ký tệp: {{fingerprint}} (đọc cho đơn vị nhận qua điện thoại).',
    encryptedTo: 'Nội dung được mã hóa cho {{code}} (dấu vân tay {{fingerprint}}).',
    notEncrypted: 'Nội dung không mã hóa.',
    outcome: '{{file}}: {{outcome}} — {{reason}}',
    member: 'Đảng viên: {{name}}, sinh ngày {{birthDate}}; số thẻ đảng {{card}}; khi chuyển đi: {{status}}.',
    sender: 'Đơn vị chuyển đi: {{name}} (mã {{code}}); chuyển đi ngày {{date}}, đến «{{otherUnit}}».',
    fingerprintPinned: 'Dấu vân tay khóa: {{fingerprint}} — đúng khóa đã ghi trong sổ.',
    fingerprintUnknown: 'Dấu vân tay khóa: {{fingerprint}} — sổ chưa biết khóa này: hãy gọi điện cho đơn vị chuyển đi để đối chiếu.',
    dryRun: 'Chạy thử (--dry-run): chưa ghi gì vào sổ.',
    received: 'Đã nhận vào sổ: đảng viên số {{id}}.',
    backup: 'Bản sao của sổ trước khi nhận được lưu ở: {{file}}',
  },
};
