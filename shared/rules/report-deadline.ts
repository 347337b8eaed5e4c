import { ruleTable } from './dated';

/**
 * When a unit's period file is due at its committee, unless the committee sets the period's deadline itself: this
 * many days after the period's last day. No common regulation fixes it for cells (each committee's working rules or
 * annual instructions do), so this row is the application's default, and a committee changes it per period.
 */
export const REPORT_DEADLINE_DAYS = ruleTable<number>('period file deadline', [
  {
    from: '2000-01-01',
    value: 10,
    // No document found to cite (verify): the committee sets its own date per period.
    source: 'Mặc định của Sổ Chi bộ: chưa có văn bản chung quy định hạn nộp; cấp ủy đặt hạn riêng cho từng kỳ',
  },
]);
