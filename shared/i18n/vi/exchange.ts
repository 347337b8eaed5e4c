import { viExchangeExport } from './exchange-export';
import { viExchangeChecks } from './exchange-checks';
import { viExchangeCompleteness } from './exchange-completeness';
import { viExchangeCompletenessCli } from './exchange-completeness-cli';
import { viExchangeImport } from './exchange-import';
import { viExchangeTransfer } from './exchange-transfer';
import { viExchangeUnitFilesReminder } from './exchange-unit-files-reminder';

/** Upward exchange: the unit's keys and key card, and why an exchange file or a key card is refused. */
export const viExchange = {
  nav: 'Gửi, nhận tệp',
  export: viExchangeExport,
  import: viExchangeImport,
  completeness: viExchangeCompleteness,
  completenessCli: viExchangeCompletenessCli,
  checks: viExchangeChecks,
  transfer: viExchangeTransfer,
  unitFilesReminder: viExchangeUnitFilesReminder,
  keys: {
    fingerprint: 'Dấu vân tay khóa',
    readAloud: 'Đọc to từng nhóm 5 chữ số cho cấp trên qua điện thoại để hai bên cùng đối chiếu.',
  },
  refusal: {
    too_large: 'Tệp quá lớn ({{size}} byte; tối đa {{max}} byte), không phải tệp trao đổi của Sổ Chi bộ.',
    not_exchange_file: 'Đây không phải tệp trao đổi (.scb) của Sổ Chi bộ, hoặc tệp đã hỏng đến mức không đọc được.',
    unknown_version:
      'Tệp trao đổi này theo phiên bản định dạng {{version}}, phiên bản ứng dụng này chỉ đọc được phiên bản {{supported}}. Hãy cài phiên bản mới nhất của Sổ Chi bộ.',
    malformed: 'Tệp trao đổi bị hỏng hoặc đã bị sửa: mục «{{field}}» không đúng quy cách.',
    not_canonical:
      'Tệp trao đổi đã bị sửa sau khi ký: nội dung không còn đúng từng byte như khi ứng dụng ghi ra. Hãy xin đơn vị gửi lại tệp.',
    fingerprint_mismatch:
      'Tệp trao đổi ghi dấu vân tay {{stated}} nhưng khóa đi kèm có dấu vân tay {{actual}}: tệp đã bị sửa.',
    bad_signature:
      'Chữ ký của tệp trao đổi không đúng (đơn vị {{code}}, khóa {{fingerprint}}): tệp đã bị sửa hoặc hỏng sau khi ký. Hãy xin đơn vị gửi lại tệp.',
    hash_mismatch:
      'Nội dung tệp trao đổi không khớp với mã kiểm tra trong phần khai đã ký: tệp bị hỏng hoặc đã bị sửa. Hãy xin đơn vị gửi lại tệp.',
    not_for_this_unit:
      'Tệp này được mã hóa cho đơn vị {{code}} (dấu vân tay khóa {{fingerprint}}), không phải cho đơn vị này (khóa {{ours}}). Chỉ đơn vị nhận mới mở được nội dung.',
    cannot_decrypt:
      'Không giải mã được nội dung tệp gửi cho đơn vị {{code}} (khóa {{fingerprint}}): tệp bị hỏng hoặc đã bị sửa.',
    content_unreadable: 'Chữ ký đúng nhưng nội dung tệp trao đổi không đọc được: tệp do một chương trình lỗi tạo ra.',
    not_key_card: 'Đây không phải tệp thẻ khóa (.sochibo-key) của Sổ Chi bộ.',
    key_card_unknown_version:
      'Thẻ khóa này theo phiên bản định dạng {{version}}, phiên bản ứng dụng này chỉ đọc được phiên bản {{supported}}.',
    key_card_malformed: 'Thẻ khóa bị hỏng hoặc đã bị sửa: mục «{{field}}» không đúng quy cách.',
    key_card_bad_signature: 'Chữ ký của thẻ khóa đơn vị {{code}} không đúng: thẻ đã bị sửa. Hãy xin đơn vị xuất lại thẻ khóa.',
    key_card_fingerprint_mismatch:
      'Thẻ khóa ghi dấu vân tay {{stated}} nhưng khóa trong thẻ có dấu vân tay {{actual}}: thẻ đã bị sửa.',
    no_home: 'Sổ chưa được thiết lập đơn vị giữ sổ, nên chưa có khóa. Hãy thiết lập đơn vị trước.',
    no_key_file: 'Sổ này không nằm trong một tệp, nên không có chỗ cất khóa bí mật của đơn vị.',
    key_file_unreadable:
      'Không đọc được tệp khóa bí mật {{file}} ({{reason}}). Tệp không bị ghi đè; hãy chép lại tệp khóa từ bản sao lưu.',
    transfer_file:
      'Đây là tệp chuyển sinh hoạt đảng (.scbt) của một đảng viên, không phải tệp báo cáo định kỳ. Hãy nhận tệp này ở trang «Nhận đảng viên chuyển đến bằng tệp» (lệnh «sochibo transfer import»).',
    nested_invalid:
      'Tệp của đơn vị {{code}} gửi kèm trong tệp của {{inside}} không kiểm tra được (chữ ký, mã kiểm tra hoặc nội dung sai): tệp đã bị sửa hoặc hỏng. Hãy xin {{inside}} gửi lại tệp.',
    nested_mismatch:
      'Tệp của đơn vị {{code}} gửi kèm trong tệp của {{inside}} không đúng như tệp ngoài ghi (mục «{{field}}» khác): tệp đã bị sửa. Hãy xin {{inside}} gửi lại tệp.',
    private_key_missing:
      'Máy này không có khóa bí mật của đơn vị {{code}} (dấu vân tay {{fingerprint}}): tệp {{file}} thiếu hoặc là của sổ khác. Sổ có lẽ đã được chép sang mà không kèm tệp khóa; hãy chép tệp khóa từ máy cũ.',
  },
};
