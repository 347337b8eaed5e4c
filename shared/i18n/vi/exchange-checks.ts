/** Cross-unit checks: what a committee should look at across its units' data for a period. */
export const viExchangeChecks = {
  title: 'Đối chiếu giữa các đơn vị',
  intro:
    'Ứng dụng so số liệu các đơn vị trong kỳ với nhau và với kỳ trước. Mỗi dòng dưới đây là một điểm cần xem lại, không phải tệp bị từ chối: tệp vẫn được giữ đúng như đơn vị đã ký. Hãy hỏi đơn vị được nêu tên; nếu sổ của đơn vị ghi thiếu hoặc sai, đề nghị đơn vị sửa rồi gửi lại tệp.',
  none: 'Không thấy điểm nào chênh lệch giữa các đơn vị trong kỳ này.',
  kinds: {
    transfer_out_unmatched: 'Chuyển đi nhưng nơi đến chưa ghi chuyển đến',
    transfer_in_unmatched: 'Chuyển đến nhưng nơi đi chưa ghi chuyển đi',
    duplicate_card: 'Trùng số thẻ đảng viên',
    opening_mismatch: 'Đảng số đầu kỳ khác cuối kỳ trước',
    identity_violated: 'Số tăng, giảm không khớp với đảng số',
  },
  hints: {
    transfer_out_unmatched:
      'Hỏi đơn vị nơi đến đã nhận đảng viên chưa. Nếu đã nhận, đơn vị ghi sự kiện chuyển sinh hoạt chính thức đến rồi gửi lại tệp; nếu đảng viên chuyển sát cuối kỳ, việc ghi chuyển đến có thể thuộc kỳ sau.',
    transfer_in_unmatched:
      'Đơn vị nơi đi vẫn tính đảng viên trong đảng số. Đề nghị đơn vị ghi sự kiện chuyển sinh hoạt chính thức đi rồi gửi lại tệp, để một đảng viên không được tính ở hai nơi.',
    duplicate_card:
      'Một số thẻ chỉ thuộc về một đảng viên. Đối chiếu thẻ đảng viên và hồ sơ để sửa số thẻ ghi nhầm; nếu là cùng một người, một trong hai đơn vị phải ghi chuyển đi.',
    opening_mismatch:
      'Đảng số đầu kỳ phải bằng đảng số cuối kỳ trước. Thường do sổ được sửa sau khi đã gửi tệp kỳ trước, hoặc sự kiện được ghi lùi ngày về kỳ trước: hỏi đơn vị và, nếu cần, đề nghị gửi lại tệp kỳ trước.',
    identity_violated:
      'Đầu kỳ cộng số tăng trừ số giảm phải bằng cuối kỳ. Đề nghị đơn vị xem lại các sự kiện trong kỳ (ngày tháng, loại sự kiện) rồi gửi lại tệp.',
  },
  message: {
    transfer_out_unmatched: 'Đảng viên {{member}} chuyển đi từ {{fromUnit}} sang {{toUnit}} ngày {{date}} nhưng {{toUnit}} chưa ghi chuyển đến.',
    transfer_in_unmatched:
      'Đảng viên {{member}} chuyển đến {{toUnit}} từ {{fromUnit}} ngày {{date}} nhưng {{fromUnit}} chưa ghi chuyển đi và vẫn tính đồng chí trong đảng số.',
    duplicate_card: 'Số thẻ {{cardNumber}} được ghi cho {{count}} đảng viên đang sinh hoạt: {{holders}}.',
    opening_unit: '{{unit}}: đảng số đầu kỳ là {{opening}} nhưng đảng số cuối {{previousPeriod}} là {{previousClosing}}.',
    opening_subtree:
      '{{unit}} (tính cả các đơn vị trực thuộc): đảng số đầu kỳ là {{opening}} nhưng đảng số cuối {{previousPeriod}} là {{previousClosing}}.',
    identity_own: 'Số liệu của {{unit}} không khớp: đầu kỳ {{opening}} + tăng {{added}} − giảm {{lost}} = {{expected}}, nhưng đảng số cuối kỳ là {{closing}}.',
    identity_other:
      'Số liệu của {{unit}} trong tệp do {{source}} gửi không khớp: đầu kỳ {{opening}} + tăng {{added}} − giảm {{lost}} = {{expected}}, nhưng đảng số cuối kỳ là {{closing}}.',
  },
  member: {
    withCard: '{{name}} (thẻ {{card}})',
    withBirthDate: '{{name}} (sinh ngày {{birthDate}})',
  },
  holder: '{{name}}, sinh ngày {{birthDate}}, ở {{unit}}',
};
