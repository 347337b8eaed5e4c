import { viCandidates } from './vi/candidates';
import { viDues } from './vi/dues';
import { viExchange } from './vi/exchange';
import { viInspections } from './vi/inspections';
import { viRatings } from './vi/ratings';
import { viReports } from './vi/reports';
import { viImport } from './vi/import';
import { viMeetingRules } from './vi/meeting-rules';
import { viMeetingsUi } from './vi/meetings-ui';
import { viMinutes } from './vi/minutes';
import { viMember, viRules } from './vi/member';
import { viMembersUi } from './vi/members-ui';
import { viRemindersUi } from './vi/reminders-ui';
import { viStoreErrors } from './vi/store-errors';
import { viUnitsUi } from './vi/units-ui';
import { viMeetingValidation } from './vi/validation-meetings';
import { viMemberValidation } from './vi/validation-members';

/** Vietnamese, the app's first language. Every other locale has exactly these keys (a test checks). */
export const vi = {
  member: viMember,
  rules: { ...viRules, meeting: viMeetingRules },
  members: viMembersUi,
  import: viImport,
  units: viUnitsUi,
  reminders: viRemindersUi,
  meetings: viMeetingsUi,
  minutes: viMinutes,
  inspections: viInspections,
  ratings: viRatings,
  dues: viDues,
  candidates: viCandidates,
  reports: viReports,
  exchange: viExchange,
  app: {
    name: 'Sổ Chi bộ',
    tagline: 'Sổ sách và báo cáo của chi bộ',
  },
  nav: {
    main: 'Điều hướng chính',
    dashboard: 'Tổng quan',
    settings: 'Cài đặt',
  },
  common: {
    loading: 'Đang tải…',
    retry: 'Thử lại',
    optional: 'không bắt buộc',
    loadFailed: 'Chưa đọc được sổ',
    pageFailed: {
      title: 'Trang này chưa hiển thị được',
      body: 'Đã có lỗi khi hiển thị trang. Dữ liệu đã lưu trong sổ không bị ảnh hưởng; các trang khác vẫn dùng được.',
      detail: 'Chi tiết lỗi (gửi kèm khi nhờ hỗ trợ): {{detail}}',
      home: 'Về trang Tổng quan',
    },
  },
  org: {
    kind: {
      chi_bo: { label: 'Chi bộ trực thuộc', description: 'Chi bộ thuộc một đảng ủy cơ sở' },
      chi_bo_co_so: { label: 'Chi bộ cơ sở', description: 'Chi bộ trực thuộc thẳng cấp ủy cấp trên cơ sở' },
      dang_bo_bo_phan: { label: 'Đảng bộ bộ phận', description: 'Đảng bộ trung gian trong một đảng bộ cơ sở' },
      dang_bo_co_so: { label: 'Đảng bộ cơ sở', description: 'Đảng bộ có các chi bộ trực thuộc' },
      cap_tren: { label: 'Cấp ủy cấp trên cơ sở', description: 'Đảng ủy xã, phường, đảng bộ khối, tỉnh ủy…' },
    },
  },
  setup: {
    title: 'Chào mừng đến với Sổ Chi bộ',
    intro:
      'Trước khi bắt đầu, hãy khai báo tổ chức đảng dùng sổ này. Các thông tin này được ghi vào báo cáo và tệp gửi cấp trên.',
    orgSection: 'Tổ chức đảng của đồng chí',
    parentSection: 'Cấp ủy cấp trên trực tiếp',
    parentHelp: 'Nơi nhận báo cáo và tệp dữ liệu hằng quý của đơn vị.',
    parentOptional: 'Cấp ủy cấp trên cơ sở có thể để trống phần này.',
    name: { label: 'Tên tổ chức đảng', placeholder: 'Ví dụ: Chi bộ Khu phố 3' },
    code: {
      label: 'Mã đơn vị',
      placeholder: 'Ví dụ: CB012',
      description: 'Mã do cấp trên cấp. Gồm chữ cái không dấu, chữ số, dấu chấm hoặc gạch ngang.',
    },
    kind: { label: 'Loại tổ chức' },
    parentName: { label: 'Tên cấp ủy cấp trên', placeholder: 'Ví dụ: Đảng ủy phường Hòa Bình' },
    parentCode: { label: 'Mã cấp ủy cấp trên', placeholder: 'Ví dụ: DU05' },
    submit: 'Lưu và bắt đầu',
    saving: 'Đang lưu…',
    failed: 'Chưa lưu được',
  },
  dashboard: {
    title: 'Tổng quan',
    details: 'Thông tin đơn vị',
    code: 'Mã đơn vị',
    kind: 'Loại tổ chức',
    parent: 'Cấp trên trực tiếp',
    parentNone: 'Chưa khai báo',
    parentValue: '{{name}} (mã {{code}})',
    since: 'Bắt đầu dùng sổ',
  },
  settings: {
    title: 'Cài đặt',
    language: 'Ngôn ngữ',
    languageHelp: 'Ngôn ngữ của giao diện. Báo cáo in ra luôn bằng tiếng Việt.',
    dataFile: 'Tệp dữ liệu',
    dataFileHelp: 'Toàn bộ sổ được lưu trong tệp này trên máy.',
    version: 'Phiên bản',
    saved: 'Đã lưu',
    saveFailed: 'Chưa lưu được',
  },
  language: {
    vi: 'Tiếng Việt',
    en: 'English',
  },
  menu: {
    file: 'Tệp',
    quit: 'Thoát',
    edit: 'Sửa',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    cut: 'Cắt',
    copy: 'Sao chép',
    paste: 'Dán',
    selectAll: 'Chọn tất cả',
    view: 'Xem',
    reload: 'Tải lại',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    resetZoom: 'Cỡ chữ mặc định',
    fullscreen: 'Toàn màn hình',
    help: 'Trợ giúp',
    about: 'Giới thiệu Sổ Chi bộ',
    aboutDetail: 'Phiên bản {{version}}\nTệp dữ liệu: {{file}}',
  },
  dialogs: {
    startFailedTitle: 'Không mở được Sổ Chi bộ',
    close: 'Đóng',
    nativeMissing:
      'Thiếu thành phần cơ sở dữ liệu dành cho Electron ({{file}}). Hãy chạy «npm start» để chuẩn bị lại, hoặc cài lại ứng dụng.',
  },
  validation: {
    ...viMemberValidation,
    ...viMeetingValidation,
    code_required: 'Hãy nhập mã đơn vị.',
    code_too_long: 'Mã đơn vị dài quá: tối đa {{max}} ký tự.',
    code_format:
      'Mã đơn vị chỉ gồm chữ cái không dấu (A–Z), chữ số, dấu chấm hoặc gạch ngang, không có dấu cách, bắt đầu bằng chữ hoặc số.',
    name_required: 'Hãy nhập tên.',
    name_too_long: 'Tên dài quá: tối đa {{max}} ký tự.',
    kind_required: 'Hãy chọn loại tổ chức.',
    kind_unknown: 'Không có loại tổ chức này. Các loại: {{options}}.',
    parent_required: 'Tổ chức loại này có cấp trên trực tiếp: hãy nhập tên và mã cấp trên.',
    parent_name_required: 'Đã có mã cấp trên: hãy nhập cả tên cấp trên.',
    parent_code_required: 'Đã có tên cấp trên: hãy nhập cả mã cấp trên.',
    parent_code_same: 'Mã cấp trên phải khác mã của đơn vị mình.',
    move_parent_required: 'Hãy chọn đơn vị cấp trên mới.',
    language_unknown: 'Ngôn ngữ này chưa được hỗ trợ.',
    invalid_value: 'Giá trị không hợp lệ ({{detail}}).',
  },
  errors: {
    ...viStoreErrors,
    validation: 'Thông tin chưa hợp lệ, hãy xem lại các ô được đánh dấu.',
    unknown_call: 'Ứng dụng không có chức năng «{{name}}».',
    forbidden: 'Yêu cầu bị từ chối vì không đến từ cửa sổ của ứng dụng.',
    internal: 'Đã có lỗi ngoài dự kiến. Dữ liệu không bị thay đổi. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người hỗ trợ.',
    network: 'Không liên lạc được với phần lưu trữ của ứng dụng.',
    home_exists: 'Sổ này đã được thiết lập cho đơn vị {{name}} (mã {{code}}). Không thể thiết lập lần nữa.',
    code_taken: 'Mã {{code}} đã được dùng cho một tổ chức khác trong sổ.',
    database_too_new:
      'Tệp dữ liệu {{file}} được tạo bởi phiên bản mới hơn của Sổ Chi bộ (lược đồ {{found}}, phiên bản này chỉ đọc được đến {{supported}}). Hãy cài phiên bản mới nhất; tệp không bị thay đổi.',
    database_unreadable: 'Không mở được tệp dữ liệu {{file}}: {{reason}}',
  },
  cli: {
    usage: `Sổ Chi bộ — dòng lệnh

Cách dùng:
  sochibo <lệnh> [tùy chọn]

Lệnh:
  init            Thiết lập tổ chức đảng dùng sổ này
                  --code MÃ --name TÊN --kind LOẠI [--parent-code MÃ --parent-name TÊN]
  info            Cho biết sổ đang mở thuộc đơn vị nào và nằm ở đâu
  org add         Thêm một đơn vị do sổ này quản lý (không có --parent: ngay dưới đơn vị giữ sổ)
                  --code MÃ --name TÊN --kind LOẠI [--parent MÃ]
  org rename      Đổi tên một đơn vị
                  --code MÃ --name TÊN
  org move        Chuyển một đơn vị (cùng các đơn vị trực thuộc và đảng viên của nó) sang dưới đơn vị khác
                  --code MÃ --parent MÃ
  org close       Ghi một đơn vị đã giải thể từ ngày đã cho; đơn vị phải không còn đơn vị trực thuộc
                  đang hoạt động và không còn đảng viên sinh hoạt từ ngày đó
                  --code MÃ --date NGÀY   (ngày viết dd/mm/yyyy)
  org list        In cây đơn vị của sổ, mỗi đơn vị trực thuộc thụt vào dưới đơn vị quản lý nó
  members import TỆP.xlsx [--dry-run]
                  Nhập đảng viên từ tệp Excel theo mẫu của ứng dụng: nhận cả tệp hoặc không nhận gì.
                  Tệp có lỗi thì liệt kê từng lỗi (dòng, cột, giá trị, lý do).
                  --dry-run   chỉ kiểm tra và xem trước, không ghi gì vào sổ
  report          Báo cáo thống kê của một kỳ, số liệu tính đến ngày cuối kỳ
                  --period KỲ [--org MÃ] [--format text|json|xlsx|pdf] [--out TỆP] [--number SỐ] [--place ĐỊA DANH]
                  KỲ: 2026-Q3 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng), 2026 (cả năm)
                  --org       đơn vị cần báo cáo, gồm các đơn vị trực thuộc (mặc định: đơn vị giữ sổ)
                  --format    text: tóm tắt số liệu chính; json: mọi chỉ tiêu cho chương trình khác;
                              xlsx: bảng tính, mỗi bảng một trang; pdf: văn bản in theo thể thức của Đảng
                  --out       tệp cần ghi (bắt buộc với xlsx và pdf)
                  --number    số văn bản in trên bản PDF, ví dụ 05-BC/CB (bỏ trống: để chỗ viết tay)
                  --place     địa danh trước ngày tháng, ví dụ Hòa Bình (bỏ trống: để chỗ viết tay)
  export          Xuất tệp báo cáo của một kỳ gửi cấp trên (.scb), ký bằng khóa của đơn vị
                  --period KỲ --out TỆP|THƯ_MỤC [--encrypt-to THẺ_KHÓA]
                  --encrypt-to  thẻ khóa của cấp trên: mã hóa để chỉ cấp trên mở được nội dung
                  Mỗi lần xuất lại cùng kỳ được đánh số lần gửi tiếp theo (r1, r2…), thay cho lần trước.
  import          Nhận tệp báo cáo (.scb) của các đơn vị trực thuộc: kiểm tra chữ ký, lần gửi, cấp trên
                  TỆP|THƯ_MỤC… [--dry-run] [--trust] [--repin MÃ]
                  THƯ_MỤC: nhận mọi tệp .scb trong thư mục, theo thứ tự tên
                  --dry-run   chỉ xem trước kết quả từng tệp, không ghi gì vào sổ
                  --trust     tin các đơn vị gửi lần đầu (in dấu vân tay để đối chiếu qua điện thoại)
                  --repin MÃ  nhận khóa mới của đơn vị MÃ (khi đơn vị đã đổi khóa và đã đối chiếu dấu vân tay)
                  Tệp bị từ chối được ghi vào lịch sử cùng lý do; các tệp khác vẫn được nhận.
  completeness    Tình hình nộp tệp báo cáo một kỳ của các đơn vị trực thuộc (cả các cấp dưới nữa, theo tệp đã nhận):
                  đã nộp (lần mấy, lúc nào), đã sửa, nộp muộn, chưa nộp; và đối chiếu giữa các đơn vị
                  --period KỲ [--deadline NGÀY|mac-dinh]
                  --deadline  đặt hạn nộp của kỳ (dd/mm/yyyy); mac-dinh: về hạn mặc định (10 ngày sau cuối kỳ)
  transfer export Xuất tệp chuyển sinh hoạt đảng (.scbt) của một đảng viên đã ghi chuyển sinh hoạt chính thức đi
                  --member SỐ --out TỆP|THƯ_MỤC [--encrypt-to THẺ_KHÓA]
                  --member      số của đảng viên trong sổ (số cuối địa chỉ trang đảng viên)
                  --encrypt-to  thẻ khóa của đơn vị nhận: mã hóa để chỉ đơn vị đó mở được nội dung
  transfer import Nhận một đảng viên chuyển sinh hoạt đến từ tệp .scbt: kiểm tra chữ ký, in dấu vân tay để đối chiếu
                  TỆP [--dry-run] [--unit MÃ] [--date NGÀY]
                  --dry-run   chỉ xem trước, không ghi gì vào sổ
                  --unit      đơn vị ghi đảng viên vào (mặc định: đơn vị giữ sổ)
                  --date      ngày chuyển đến, dd/mm/yyyy (mặc định: hôm nay; không sớm hơn ngày chuyển đi)
                  Tệp đã nhận trước đây: không có gì thay đổi, mã thoát 0.
  keys show       In dấu vân tay khóa của đơn vị giữ sổ để đọc cho cấp trên qua điện thoại
  keys export     Ghi thẻ khóa công khai của đơn vị (gửi cho cấp trên cùng tệp báo cáo đầu tiên)
                  --out TỆP   ví dụ CB012.sochibo-key

LOẠI: chi_bo, chi_bo_co_so, dang_bo_bo_phan, dang_bo_co_so, cap_tren

Tùy chọn chung:
  --db TỆP          Dùng tệp dữ liệu này (mặc định: biến SOCHIBO_DB hoặc tệp của ứng dụng)
  --format json     In kết quả dạng JSON cho chương trình khác (report còn có xlsx, pdf)
  -h, --help        In hướng dẫn này

Mã thoát: 0 thành công; 1 dữ liệu bị từ chối (không có gì thay đổi); 2 dùng lệnh sai.`,
    usageError: 'Dùng lệnh chưa đúng: {{detail}}',
    unknownCommand: 'Không có lệnh «{{command}}».',
    unknownOption: 'Không có tùy chọn «{{option}}».',
    missingValue: 'Tùy chọn «{{option}}» cần một giá trị.',
    extraArgument: 'Thừa đối số «{{value}}».',
    badFormat: 'Định dạng «{{format}}» không có; dùng text hoặc json.',
    seeHelp: 'Gõ «sochibo --help» để xem hướng dẫn.',
    refusedAt: 'Bị từ chối ({{field}}): {{message}}',
    refused: 'Bị từ chối: {{message}}',
    invalidInput: 'dữ liệu chưa hợp lệ, không có gì được ghi.',
    field: '{{field}}: {{message}}',
    initDone: 'Đã thiết lập {{name}} (mã {{code}}, {{kind}}).',
    initParent: 'Cấp trên trực tiếp: {{name}} (mã {{code}}).',
    noRegister: 'Không có sổ nào ở {{file}}. Hãy kiểm tra đường dẫn --db, hoặc dùng «sochibo init» để lập sổ mới.',
    noHome: 'Sổ {{file}} chưa được thiết lập. Dùng «sochibo init» hoặc mở ứng dụng.',
    home: '{{name}} (mã {{code}}, {{kind}}) — tệp dữ liệu: {{file}}',
    missingSubcommand: 'Lệnh «{{command}}» cần nói rõ việc cần làm: {{subcommands}}.',
    unknownSubcommand: 'Lệnh «{{command}}» không có việc «{{subcommand}}»; chỉ có: {{subcommands}}.',
    missingOperand: 'Thiếu {{operand}} sau «sochibo {{command}}».',
    orgAdded: 'Đã thêm {{name}} (mã {{code}}, {{kind}}) dưới đơn vị mã {{parent}}.',
    orgRenamed: 'Đã đổi tên đơn vị mã {{code}} thành {{name}}.',
    orgMoved: 'Đã chuyển {{name}} (mã {{code}}) sang dưới đơn vị mã {{parent}}.',
    orgClosed: 'Đã ghi {{name}} (mã {{code}}) giải thể từ ngày {{date}}.',
    orgListUnit: '{{name}} (mã {{code}}, {{kind}})',
    orgListHome: '{{unit}} — đơn vị giữ sổ',
    orgListClosed: '{{unit}} — đã giải thể ngày {{date}}',
    fileMissing: 'Không có tệp {{file}}.',
    fileUnreadable: 'Không đọc được tệp {{file}}: {{reason}}',
    importSheet: 'Trang «{{sheet}}»:',
    importProblem: 'Dòng {{row}}, cột {{column}} («{{value}}»): {{reason}}',
    importProblemBlank: 'Dòng {{row}}, cột {{column}} (ô trống): {{reason}}',
    importPreview: 'Tệp {{file}}: {{members}} đảng viên và {{events}} sự kiện sẽ được thêm vào sổ.',
    importPreviewMember: 'Dòng {{row}}: {{name}}, đơn vị {{unit}}, {{events}} sự kiện',
    importDryRun: 'Chạy thử (--dry-run): chưa ghi gì vào sổ.',
    importDone: 'Đã thêm {{members}} đảng viên và {{events}} sự kiện vào sổ.',
    importBackup: 'Bản sao của sổ trước khi nhập được lưu ở: {{file}}',
    badReportFormat: 'Định dạng «{{format}}» không có; dùng text, json, xlsx hoặc pdf.',
    missingOption: 'Thiếu tùy chọn {{option}}.',
    reportNeedsOut: 'Định dạng {{format}} ghi ra tệp: hãy thêm --out TỆP.',
    fileUnwritable: 'Không ghi được tệp {{file}}: {{reason}}',
    reportWritten: 'Đã ghi báo cáo vào tệp {{file}}.',
    reportTitle: 'Báo cáo {{period}} — {{name}} (mã {{code}}), số liệu tính đến ngày {{asOf}}',
    reportMembers: '  Đảng số: {{total}} (chính thức {{official}}, dự bị {{probationary}}); nữ {{female}}, dân tộc thiểu số {{minority}}, có tôn giáo {{religious}}',
    reportChanges:
      '  Trong kỳ: đầu kỳ {{opening}}; kết nạp {{admitted}}, chuyển đến {{transferredIn}}; chuyển đi {{transferredOut}}, từ trần {{died}}, xóa tên {{removed}}, khai trừ {{expelled}}, ra khỏi Đảng {{withdrew}}; công nhận chính thức {{madeOfficial}}',
    reportMeetings: '  Sinh hoạt: {{regular}} buổi thường kỳ, {{thematic}} buổi chuyên đề; tỷ lệ dự {{rate}}; cấp ủy cấp trên dự {{visits}} lượt',
    reportKtgs: '  Kiểm tra, giám sát: cấp trên {{received}} cuộc, chi bộ tiến hành {{conducted}} cuộc; kiến nghị chưa xong {{open}}, quá hạn {{overdue}}',
    reportDiscipline: '  Kỷ luật: khiển trách {{khienTrach}}, cảnh cáo {{canhCao}}, cách chức {{cachChuc}}, khai trừ {{khaiTru}}',
    reportRating: '  Xếp loại năm {{year}}: HTXSNV {{htxs}}, HTTNV {{htt}}, HTNV {{ht}}, KHTNV {{kht}}, chưa xếp loại {{notRated}}',
    reportDues: '  Đảng phí đã thu: {{amount}} đ',
    reportUnits: '  Theo đơn vị (đảng viên sinh hoạt trực tiếp ở đơn vị):',
    reportUnit: '    {{name}} (mã {{code}}): đảng số {{total}}; đầu kỳ {{opening}}, tăng {{added}}, giảm {{lost}}',
    reportFromFile: ' (theo tệp của {{code}})',
    reportSource: 'Số liệu của {{name}} ({{code}}) lấy từ tệp lần {{revision}} đã nhận (khóa {{fingerprint}}), giữ nguyên như đơn vị đã ký.',
    reportSourceMissing: '{{name}} ({{code}}) chưa nộp tệp kỳ này: số liệu của đơn vị này chưa có trong báo cáo.',
    keysUnit: 'Khóa của {{name}} (mã {{code}}, {{kind}})',
    keysFingerprint: 'Dấu vân tay: {{fingerprint}}',
    keysReadAloud: 'Đọc to từng nhóm 5 chữ số cho cấp trên qua điện thoại; hai bên phải thấy cùng một dãy số.',
    keysWritten: 'Đã ghi thẻ khóa công khai của đơn vị mã {{code}} vào tệp {{file}}.',
  },
  preview: {
    listening: 'Bản xem thử trên trình duyệt đang chạy. Mở địa chỉ sau (chỉ dùng trên máy này):',
    stop: 'Nhấn Ctrl+C để dừng.',
    missingBuild: 'Chưa có bản dựng giao diện ở {{dir}}. Hãy chạy «npm run preview».',
  },
};

export type Messages = typeof vi;
