/** The dashboard's "Việc cần làm": one plain sentence per reminder, naming the member and the day. */
export const viRemindersUi = {
  title: 'Việc cần làm',
  empty: 'Không có việc nào cần nhắc.',
  loadFailed: 'Chưa đọc được việc cần làm',
  line: {
    probation_ending: 'Đồng chí {{name}} hết {{months}} tháng dự bị ngày {{date}}: chi bộ cần xét công nhận chính thức.',
    probation_overdue:
      'Đồng chí {{name}} đã hết thời gian dự bị từ {{date}} mà chưa được xét công nhận chính thức: chi bộ cần xét ngay (nếu đã có quyết định, hãy ghi vào sổ).',
    badge_due: 'Đồng chí {{name}} đủ {{years}} năm tuổi Đảng ngày {{date}}: trao Huy hiệu vào dịp {{presentOn}}.',
    meeting_regular_missing: 'Chưa có buổi sinh hoạt thường kỳ {{period}}: hạn cuối ngày {{date}}.',
    meeting_regular_missed: 'Không có buổi sinh hoạt thường kỳ nào trong {{period}} được ghi vào sổ.',
    meeting_thematic_missing: 'Chưa có buổi sinh hoạt chuyên đề {{period}}: hạn cuối ngày {{date}}.',
    meeting_thematic_missed: 'Không có buổi sinh hoạt chuyên đề nào trong {{period}} được ghi vào sổ.',
    recommendation_due: 'Kiến nghị sau kiểm tra, giám sát ({{subject}}) đến hạn ngày {{date}}: {{content}}',
    recommendation_due_responsible:
      'Kiến nghị sau kiểm tra, giám sát ({{subject}}) đến hạn ngày {{date}}, đồng chí {{responsible}} chịu trách nhiệm: {{content}}',
    recommendation_overdue: 'Kiến nghị sau kiểm tra, giám sát ({{subject}}) đã quá hạn từ {{date}} mà chưa xong: {{content}}',
    dues_arrears: 'Đồng chí {{name}} chưa đóng đủ đảng phí {{months}}: còn thiếu {{amount}}.',
    dues_removal:
      'Đồng chí {{name}} chưa đóng đảng phí {{months}}: còn thiếu {{amount}}. Đã đến số tháng không đóng trong năm mà quy định buộc chi bộ xem xét, đề nghị xóa tên nếu không có lý do chính đáng.',
  },
  /** The period a meeting was due in, as said in a sentence. */
  period: {
    month: 'tháng {{month}}/{{year}}',
    quarter: 'quý {{quarter}}/{{year}}',
    range: 'từ {{from}} đến {{to}}',
  },
  /** Months owed, as a sentence lists them. */
  months: 'tháng {{list}}',
};
