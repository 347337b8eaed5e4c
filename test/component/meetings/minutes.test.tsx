import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { addMember, AN, BINH, call, CUONG, THU } from '../members/register';

// Source under test: renderer/pages/meetings/MinutesPage.tsx and MinutesDocument.tsx over 'meetings.get'.

describe('a meeting’s printable minutes', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  async function recordMeeting() {
    const [an, binh, cuong, thu] = [await addMember(test, AN), await addMember(test, BINH), await addMember(test, CUONG), await addMember(test, THU)];
    return call(test, 'meetings.create', {
      kind: 'regular',
      date: '2026-11-20',
      startTime: '19:05',
      endTime: '21:00',
      place: 'Nhà văn hóa khu phố 3',
      chair: 'Trần Văn An',
      secretary: 'Đặng Thị Thu',
      agenda: 'Đánh giá công tác tháng 11.\nPhương hướng tháng 12.',
      guests: [{ name: 'Nguyễn Văn Khách', position: 'Đảng ủy viên', body: 'Đảng ủy phường Hòa Bình', upperLevel: true }],
      attendance: [
        { memberId: an.id, presence: 'present' },
        { memberId: binh.id, presence: 'excused', reason: 'ốm' },
        { memberId: cuong.id, presence: 'absent' },
        { memberId: thu.id, presence: 'present' },
      ],
    });
  }

  it('sets out the cell, the title, who attended and who did not by name and reason, in the party’s layout', async () => {
    const meeting = await recordMeeting();
    renderWithApp(<App />, { transport: test.transport, path: `/meetings/${meeting.id}/minutes` });
    const minutes = await screen.findByRole('article', { name: 'BIÊN BẢN' });
    const text = minutes.textContent ?? '';
    expect(text).toContain('ĐẢNG ỦY PHƯỜNG HÒA BÌNH');
    expect(text).toContain('CHI BỘ KHU PHỐ 3');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('ngày 20 tháng 11 năm 2026');
    expect(text).toContain('SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2026');
    expect(text).toContain('Thời gian: bắt đầu lúc 19 giờ 05 phút, ngày 20 tháng 11 năm 2026.');
    expect(text).toContain('Tổng số đảng viên của chi bộ: 4 đồng chí (chính thức: 3, dự bị: 1)');
    expect(text).toContain('Số đảng viên phải có mặt: 4 đồng chí. Có mặt: 2 đồng chí (50%).');
    expect(text).toContain('Vắng có lý do (1 đồng chí): đồng chí Lê Thị Bình (ốm).');
    expect(text).toContain('Vắng không có lý do (1 đồng chí): đồng chí Nguyễn Văn Cường.');
    expect(text).toContain('đồng chí Nguyễn Văn Khách, Đảng ủy viên, Đảng ủy phường Hòa Bình, cấp ủy cấp trên dự');
    expect(text).toContain('Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút cùng ngày.');
    // Typed over two lines, printed over two lines.
    expect(within(minutes).getByText(/^Đánh giá công tác tháng 11\./).textContent).toBe('Đánh giá công tác tháng 11.\nPhương hướng tháng 12.');
    expect(within(minutes).getByText('THƯ KÝ')).toBeVisible();
    expect(within(minutes).getByText('CHỦ TRÌ')).toBeVisible();
  });

  it('stays in Vietnamese when the screen is in English, and prints from its button', async () => {
    const meeting = await recordMeeting();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/meetings/${meeting.id}`, language: 'en' });
    await user.click(await screen.findByRole('link', { name: 'Printable minutes' }));
    const minutes = await screen.findByRole('article', { name: 'BIÊN BẢN' });
    expect(minutes.textContent).toContain(messages.minutes.party);
    await user.click(screen.getByRole('button', { name: 'Print the minutes' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });
});
