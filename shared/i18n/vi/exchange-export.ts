/** Exporting the period's exchange file: the page, the command line, refusals and the dashboard reminder. */
export const viExchangeExport = {
  title: 'Xuất tệp gửi cấp trên',
  intro:
    'Mỗi kỳ báo cáo, chi bộ xuất một tệp trao đổi (.scb) gửi cấp trên: số liệu báo cáo, danh sách đảng viên cuối kỳ với toàn bộ quá trình, các cuộc sinh hoạt, kiểm tra giám sát và đánh giá xếp loại. Tệp được ký bằng khóa của đơn vị; nếu nạp thẻ khóa của cấp trên, nội dung được mã hóa để chỉ cấp trên mở được.',
  period: {
    legend: 'Kỳ báo cáo',
    kind: 'Loại kỳ',
    year: 'Năm',
    quarter: 'Quý',
    kinds: {
      quarter: 'Quý',
      half: '6 tháng đầu năm',
      nine_months: '9 tháng',
      year: 'Cả năm',
    },
    quarterOption: 'Quý {{roman}}',
  },
  card: {
    legend: 'Mã hóa gửi cấp trên (không bắt buộc)',
    label: 'Thẻ khóa của cấp trên (.sochibo-key)',
    help: 'Cấp trên đưa thẻ khóa một lần. Đọc dấu vân tay với cấp trên qua điện thoại trước khi dùng.',
    loaded: 'Thẻ khóa của {{name}} ({{code}})',
    fingerprint: 'Dấu vân tay: {{fingerprint}}',
    remove: 'Bỏ thẻ khóa',
    none: 'Chưa nạp thẻ khóa: tệp được ký nhưng không mã hóa.',
  },
  submit: 'Xuất tệp gửi cấp trên',
  working: 'Đang xuất tệp…',
  done: 'Đã xuất tệp {{file}} (lần {{revision}}).',
  doneEncrypted: 'Nội dung đã được mã hóa cho {{code}} (dấu vân tay {{fingerprint}}).',
  history: {
    title: 'Các tệp đã xuất',
    caption: 'Các tệp trao đổi đã xuất, mới nhất trước',
    empty: 'Chưa xuất tệp nào.',
    period: 'Kỳ',
    revision: 'Lần',
    date: 'Ngày xuất',
    file: 'Tên tệp',
    encrypted: 'Mã hóa',
    encryptedYes: 'Có, cho khóa {{fingerprint}}',
    encryptedNo: 'Không',
  },
  ownCard: {
    title: 'Thẻ khóa của đơn vị mình',
    help: 'Gửi thẻ khóa này cho cấp trên một lần, rồi đọc to dấu vân tay dưới đây để cấp trên đối chiếu.',
    download: 'Tải thẻ khóa của đơn vị',
    show: 'Xem dấu vân tay',
  },
  errors: {
    period_not_ended:
      'Kỳ {{period}} chưa kết thúc (đến hết ngày {{end}}). Tệp gửi cấp trên ghi số liệu tính đến ngày cuối kỳ, nên chỉ xuất được từ ngày đó trở đi.',
    card_not_parent:
      'Thẻ khóa này là của đơn vị {{card}}, không phải của cấp trên trực tiếp {{parent}}. Hãy nạp thẻ khóa của {{parent}}.',
    no_parent: 'Đơn vị này chưa ghi cấp trên trực tiếp nên không mã hóa được cho thẻ khóa của {{card}}.',
  },
  reminder: {
    export_missing: 'Chưa xuất tệp gửi cấp trên của {{period}} (kỳ kết thúc ngày {{date}}).',
  },
  cli: {
    written: 'Đã ghi tệp {{file}}',
    revision: 'Lần gửi: {{revision}}{{supersedes}}',
    supersedes: ' (thay cho tệp {{bundleId}})',
    fingerprint: 'Dấu vân tay khóa ký: {{fingerprint}}',
    encryptedTo: 'Mã hóa cho: {{code}} ({{fingerprint}})',
    notEncrypted: 'Không mã hóa.',
    usage: 'Cách dùng: sochibo export --period KỲ --out TỆP [--encrypt-to THẺ_KHÓA]',
    periodMissing: 'Thiếu --period (ví dụ 2026-Q3).',
    outMissing: 'Thiếu --out (tệp hoặc thư mục để ghi).',
    cardUnreadable: 'Không đọc được thẻ khóa {{file}}: {{reason}}',
  },
};
