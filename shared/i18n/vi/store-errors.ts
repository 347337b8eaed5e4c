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
};
