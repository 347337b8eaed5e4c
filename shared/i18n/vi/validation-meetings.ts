/** Messages for the meeting form's fields (shared/meetings/schema.ts), merged into `validation`. */
export const viMeetingValidation = {
  meeting_kind_required: 'Hãy chọn loại buổi sinh hoạt.',
  meeting_time_required: 'Hãy nhập giờ (giờ:phút).',
  meeting_time_format: 'Giờ viết giờ:phút theo 24 giờ, ví dụ 19:30.',
  meeting_end_before_start: 'Giờ kết thúc phải sau giờ bắt đầu.',
  meeting_guest_name_required: 'Hãy nhập họ tên khách mời.',
  meeting_presence_required: 'Hãy chọn có mặt, vắng có lý do hoặc vắng không lý do.',
  meeting_reason_required: 'Vắng có lý do: hãy ghi lý do.',
};
