/** Labels of the member domain's coded values (statuses, levels, event types) and the rule refusals. */
export const viMember = {
  status: {
    not_admitted: 'Chưa vào Đảng hoặc chưa chuyển đến',
    probationary: 'Đảng viên dự bị',
    official: 'Đảng viên chính thức',
    exempt: 'Miễn công tác và sinh hoạt đảng',
    temporarily_away: 'Sinh hoạt tạm thời nơi khác',
    temporarily_attached: 'Sinh hoạt tạm thời tại đây',
    transferred_out: 'Đã chuyển đi',
    removed: 'Đã xóa tên',
    expelled: 'Đã bị khai trừ',
    withdrew: 'Đã ra khỏi Đảng',
    died: 'Đã từ trần',
  },
  gender: {
    nam: 'Nam',
    nu: 'Nữ',
  },
  theory: {
    so_cap: 'Sơ cấp',
    trung_cap: 'Trung cấp',
    cao_cap: 'Cao cấp',
    cu_nhan: 'Cử nhân',
  },
  qualification: {
    trung_cap: 'Trung cấp',
    cao_dang: 'Cao đẳng',
    dai_hoc: 'Đại học',
    thac_si: 'Thạc sĩ',
    tien_si: 'Tiến sĩ',
  },
  title: {
    pgs: 'Phó Giáo sư',
    gs: 'Giáo sư',
  },
  event: {
    admitted: 'Kết nạp',
    made_official: 'Công nhận đảng viên chính thức',
    transferred_in: 'Chuyển sinh hoạt chính thức đến',
    transferred_out: 'Chuyển sinh hoạt chính thức đi',
    temporary_in: 'Chuyển sinh hoạt tạm thời đến',
    temporary_in_end: 'Kết thúc sinh hoạt tạm thời tại đây',
    temporary_out: 'Chuyển sinh hoạt tạm thời đi',
    temporary_out_return: 'Trở về sau sinh hoạt tạm thời',
    exemption_start: 'Miễn công tác và sinh hoạt đảng',
    exemption_end: 'Thôi miễn công tác và sinh hoạt đảng',
    discipline: 'Kỷ luật',
    removed: 'Xóa tên',
    withdrew: 'Ra khỏi Đảng',
    died: 'Từ trần',
    badge: 'Tặng Huy hiệu Đảng',
    reward: 'Khen thưởng',
  },
  /** Used inside sentences, hence lower case. */
  standing: {
    probationary: 'đảng viên dự bị',
    official: 'đảng viên chính thức',
  },
  discipline: {
    khien_trach: 'Khiển trách',
    canh_cao: 'Cảnh cáo',
    cach_chuc: 'Cách chức',
    khai_tru: 'Khai trừ',
  },
  ageBand: {
    '18_30': 'Từ 18 đến 30 tuổi',
    '31_40': 'Từ 31 đến 40 tuổi',
    '41_50': 'Từ 41 đến 50 tuổi',
    '51_60': 'Từ 51 đến 60 tuổi',
    '61_70': 'Từ 61 đến 70 tuổi',
    over_70: 'Trên 70 tuổi',
  },
  badgeName: 'Huy hiệu {{years}} năm tuổi đảng',
};

/**
 * Why an event does not fit a member's history (shared/members/event-fit.ts). Dates arrive as dd/mm/yyyy; `rule` is
 * the regulation's citation.
 */
export const viRules = {
  future_date: 'Ngày {{date}} chưa tới (hôm nay là {{today}}): sổ chỉ ghi những việc đã xảy ra.',
  before_birth: 'Ngày {{date}} ở trước ngày sinh của đồng chí ({{birthDate}}): hãy xem lại ngày.',
  after_exit: {
    died: 'Đồng chí đã từ trần ngày {{exitOn}}: không ghi thêm được việc gì sau ngày đó.',
    removed: 'Đồng chí đã bị xóa tên ngày {{exitOn}}: không ghi thêm được việc gì sau ngày đó.',
    expelled: 'Đồng chí đã bị khai trừ ngày {{exitOn}}: không ghi thêm được việc gì sau ngày đó.',
    withdrew: 'Đồng chí đã ra khỏi Đảng ngày {{exitOn}}: không ghi thêm được việc gì sau ngày đó.',
  },
  readmission: 'Đồng chí không còn là đảng viên từ ngày {{exitOn}}. Sổ chưa ghi được việc kết nạp lại.',
  before_admission: 'Ngày {{date}} đồng chí chưa vào Đảng: trước ngày kết nạp chỉ ghi được quyết định kết nạp.',
  arrival_without_admission:
    'Hãy ghi quyết định kết nạp (ngày vào Đảng) của đồng chí trước, rồi mới ghi việc chuyển đến ngày {{date}}.',
  left_unit: 'Đồng chí đã thôi sinh hoạt ở đây từ ngày {{leftOn}}: chỉ ghi được việc đồng chí chuyển đến lại.',
  already_admitted: 'Đồng chí đã được kết nạp ngày {{admittedOn}}: không thể kết nạp lần nữa.',
  admission_too_young:
    'Chưa đủ {{minYears}} tuổi khi có quyết định kết nạp ({{years}} tuổi {{months}} tháng). {{rule}}: tuổi đời khi kết nạp từ đủ {{minYears}} đến đủ {{maxYears}} tuổi, tính theo tháng.',
  admission_too_old:
    'Đã quá {{maxYears}} tuổi khi có quyết định kết nạp ({{years}} tuổi {{months}} tháng). {{rule}}: tuổi đời khi kết nạp từ đủ {{minYears}} đến đủ {{maxYears}} tuổi, tính theo tháng.',
  ceremony_before_decision: 'Ngày lễ kết nạp ({{ceremonyOn}}) không thể trước ngày quyết định kết nạp ({{date}}).',
  ceremony_in_future: 'Ngày lễ kết nạp ({{ceremonyOn}}) chưa tới (hôm nay là {{today}}): hãy ghi ngày lễ sau khi đã tổ chức.',
  already_official: 'Đồng chí đã là đảng viên chính thức từ {{officialOn}}: không thể công nhận chính thức lần nữa.',
  official_too_early: {
    ceremony:
      'Chưa hết thời kỳ dự bị {{months}} tháng tính từ ngày lễ kết nạp {{startsOn}}: từ ngày {{endsOn}} mới công nhận đảng viên chính thức được. Theo {{rule}}.',
    decision:
      'Chưa hết thời kỳ dự bị {{months}} tháng. Sổ chưa có ngày lễ kết nạp nên tính từ ngày quyết định kết nạp {{startsOn}}: từ ngày {{endsOn}} mới công nhận đảng viên chính thức được. Theo {{rule}}.',
  },
  already_away: 'Đồng chí đang sinh hoạt tạm thời nơi khác từ ngày {{since}}: hãy ghi việc đồng chí trở về trước.',
  attached_only:
    'Đồng chí chỉ sinh hoạt tạm thời ở đây từ ngày {{since}}: việc chuyển sinh hoạt do chi bộ nơi đồng chí sinh hoạt chính thức làm. Khi đồng chí thôi sinh hoạt ở đây, hãy ghi «Kết thúc sinh hoạt tạm thời tại đây».',
  not_away: 'Ngày {{date}} đồng chí không đi sinh hoạt tạm thời nơi khác: không có việc trở về để ghi.',
  already_here: 'Đồng chí đã sinh hoạt chính thức ở đây từ ngày {{since}}: không thể chuyển đến lần nữa.',
  already_attached: 'Đồng chí đã sinh hoạt tạm thời ở đây từ ngày {{since}}: không thể chuyển đến tạm thời lần nữa.',
  not_attached: 'Ngày {{date}} đồng chí không sinh hoạt tạm thời ở đây: không có gì để kết thúc.',
  already_exempt: 'Đồng chí đã được miễn công tác và sinh hoạt đảng từ ngày {{since}}.',
  exemption_not_here:
    'Ngày {{date}} đồng chí không sinh hoạt chính thức ở đây: việc miễn công tác và sinh hoạt đảng do chi bộ nơi đồng chí sinh hoạt chính thức quyết định.',
  not_exempt: 'Ngày {{date}} đồng chí không được miễn công tác và sinh hoạt đảng: không có gì để thôi miễn.',
  discipline_not_allowed:
    'Ngày {{date}} đồng chí là $t(member.standing.{{standing}}): không áp dụng hình thức kỷ luật «$t(member.discipline.{{form}})». Theo {{rule}}.',
  badge_unknown: 'Không có Huy hiệu {{years}} năm tuổi đảng. Các mốc được xét tặng: {{milestones}} năm. Theo {{rule}}.',
  badge_already: 'Đồng chí đã được tặng Huy hiệu {{years}} năm tuổi đảng ngày {{awardedOn}}.',
  badge_too_early:
    'Chưa đủ {{years}} năm tuổi đảng: đến ngày {{dueOn}} mới đủ. Đảng viên bệnh nặng được xét tặng sớm nhưng không quá {{months}} tháng, tức sớm nhất ngày {{earliestOn}}. Theo {{rule}}.',
  badge_before_due: 'Chưa đủ {{years}} năm tuổi đảng: đến ngày {{dueOn}} mới đủ.',
};
