/** Refusals from the register's services (members, events, organisations), merged into `errors`. */
export const viStoreErrors = {
  home_missing: 'Sổ chưa được thiết lập: hãy khai báo tổ chức đảng dùng sổ này trước.',
  member_not_found: 'Không tìm thấy đảng viên này trong sổ (mã số {{id}}).',
  event_not_found: 'Không tìm thấy sự kiện này trong quá trình sinh hoạt của đảng viên (mã số {{id}}); có thể nó vừa bị xóa.',
  unit_not_found: 'Trong sổ không có đơn vị mã {{code}}.',
  unit_closed: 'Đơn vị {{name}} (mã {{code}}) đã giải thể từ ngày {{closedOn}}.',
  unit_has_units: '{{name}} còn {{count}} đơn vị trực thuộc đang hoạt động. Hãy chuyển hoặc giải thể các đơn vị đó trước.',
  unit_has_members:
    'Từ ngày {{date}}, {{name}} vẫn còn {{count}} đảng viên sinh hoạt. Hãy làm thủ tục chuyển sinh hoạt cho các đồng chí trước khi giải thể đơn vị.',
  org_cycle: 'Không thể đặt {{name}} dưới {{parent}}, vì {{parent}} là chính đơn vị đó hoặc một đơn vị trực thuộc nó.',
  org_home_locked:
    '{{name}} (mã {{code}}) là đơn vị giữ sổ này: không thể chuyển sang cấp trên khác hay giải thể từ đây.',
  duplicate_card: 'Số thẻ {{card}} đã là của đồng chí {{name}} ({{unit}}).',
  duplicate_citizen_id: 'Số CCCD {{citizenId}} đã là của đồng chí {{name}} ({{unit}}).',
  meeting_not_found: 'Không tìm thấy buổi sinh hoạt này trong sổ (mã số {{id}}); có thể nó vừa bị xóa.',
  meeting_member_twice: 'Đồng chí {{name}} được ghi hai lần trong danh sách dự họp.',
  meeting_member_not_expected:
    'Ngày {{date}} đồng chí {{name}} không sinh hoạt ở chi bộ (chưa vào Đảng, đã chuyển đi, đang sinh hoạt tạm thời nơi khác hoặc không còn là đảng viên): không ghi dự họp được.',
  meeting_exempt_not_present:
    'Ngày {{date}} đồng chí {{name}} được miễn sinh hoạt đảng: chỉ ghi được khi đồng chí có mặt, không ghi vắng.',
};
