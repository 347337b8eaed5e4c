import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/translator';
import type { Reminder } from '../../shared/reminders/reminder';
import { reminderKey, reminderLink, reminderSentence } from '../../renderer/pages/dashboard/reminderLine';

// Source under test: renderer/pages/dashboard/reminderLine.ts — each kind of reminder as a sentence and a link.

const { t } = createTranslator('vi');

describe('a reminder line', () => {
  it('names an overdue recommendation with its subject, deadline and content, leading to its record', () => {
    const reminder: Reminder = {
      kind: 'recommendation_overdue',
      date: '2026-10-30',
      inspectionId: 7,
      recommendationId: 12,
      content: 'Bổ sung biên bản',
      responsible: 'Trần Văn An',
      subject: 'Chi bộ Khu phố 3',
    };
    expect(reminderSentence(t, reminder)).toBe(
      'Kiến nghị sau kiểm tra, giám sát (Chi bộ Khu phố 3) đã quá hạn từ 30/10/2026 mà chưa xong: Bổ sung biên bản',
    );
    expect(reminderSentence(t, { ...reminder, kind: 'recommendation_due' })).toBe(
      'Kiến nghị sau kiểm tra, giám sát (Chi bộ Khu phố 3) đến hạn ngày 30/10/2026, đồng chí Trần Văn An chịu trách nhiệm: Bổ sung biên bản',
    );
    expect(reminderLink(reminder)).toBe('/inspections/7');
    expect(reminderKey(reminder)).toBe('recommendation_overdue-12');
  });

  it('names the months of dues owed and the amount, and says when the removal rule is reached', () => {
    const reminder: Reminder = {
      kind: 'dues_arrears',
      memberId: 3,
      fullName: 'Lê Thị Bình',
      unitName: 'Chi bộ Khu phố 3',
      date: '2026-08-01',
      unpaidMonths: ['2026-08', '2026-09', '2026-10'],
      owedVnd: 150_000,
      removalWarning: true,
    };
    expect(reminderSentence(t, reminder)).toBe(
      'Đồng chí Lê Thị Bình chưa đóng đảng phí tháng 8, 9, 10/2026: còn thiếu 150.000 đ. Đã đến số tháng không đóng trong năm mà quy định buộc chi bộ xem xét, đề nghị xóa tên nếu không có lý do chính đáng.',
    );
    expect(reminderSentence(t, { ...reminder, unpaidMonths: ['2026-10'], owedVnd: 50_000, removalWarning: false })).toBe(
      'Đồng chí Lê Thị Bình chưa đóng đủ đảng phí tháng 10/2026: còn thiếu 50.000 đ.',
    );
    expect(reminderLink(reminder)).toBe('/dues/member/3');
  });

  it('names a quarter without a thematic meeting in Roman numerals', () => {
    const reminder: Reminder = {
      kind: 'meeting_thematic_missing',
      date: '2026-09-30',
      params: { year: 2026, index: 3, months: 3, from: '2026-07-01', to: '2026-09-30', current: false },
    };
    expect(reminderSentence(t, reminder)).toBe('Không có buổi sinh hoạt chuyên đề nào trong quý III/2026 được ghi vào sổ.');
    expect(reminderLink(reminder)).toBe('/meetings/new');
  });

  it('names the quarter whose file has not been sent up, leading to the export page', () => {
    const reminder: Reminder = { kind: 'export_missing', date: '2026-09-30', period: '2026-Q3' };
    expect(reminderSentence(t, reminder)).toBe('Chưa xuất tệp gửi cấp trên của quý III/2026 (kỳ kết thúc ngày 30/09/2026).');
    expect(reminderLink(reminder)).toBe('/exchange/export');
    expect(reminderKey(reminder)).toBe('export_missing-2026-Q3');
  });
});
