/** Why a meeting falls short of the rules (shared/meetings/figures.ts), composed into `rules.meeting`. */
export const viMeetingRules = {
  attendance_low:
    'Tỷ lệ đảng viên dự sinh hoạt {{rate}}% ({{present}}/{{expected}}), chưa đạt trên {{minimum}}%. Theo {{rule}}.',
  unexcused_absence: 'Có {{count}} đảng viên vắng không lý do: {{names}}. Theo {{rule}}, không được có đảng viên vắng không lý do.',
  unrecorded: 'Chưa ghi việc dự họp của {{count}} đảng viên: {{names}}.',
  excused_in_a_row:
    'Đồng chí {{name}} vắng có lý do {{count}} lần liên tiếp trong năm, quá {{max}} lần. Theo {{rule}}.',
  duration_short: 'Buổi sinh hoạt kéo dài {{minutes}} phút, chưa đủ {{minimum}} phút. Theo {{rule}}.',
};
