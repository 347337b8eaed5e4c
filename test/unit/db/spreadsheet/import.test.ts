import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister, type Register } from '../members/register';
import { AN, BINH, workbookFile } from './workbook';

const CUONG = {
  'Họ và tên': 'Phạm Văn Cường',
  'Giới tính': 'nam',
  'Ngày sinh': '01/01/1960',
  'Dân tộc': 'Kinh',
  'Tôn giáo': 'Công giáo',
  'Số thẻ đảng viên': '52000777',
  'Ngày vào Đảng': '10/01/1985',
  'Ngày chính thức': '10/01/1986',
  'Mã đơn vị': 'cb013',
};

describe('importing a member spreadsheet', () => {
  let register: Register;
  const backups = () => (existsSync(join(register.dir, 'backups')) ? readdirSync(join(register.dir, 'backups')) : []);

  beforeEach(async () => {
    register = await openRegister();
    await register.call('org.add', { code: 'CB013', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'CB012' });
  });

  afterEach(() => register.cleanup());

  it('previews the members a good file would add, with their events, and writes nothing', async () => {
    const file = await workbookFile({ members: [AN, BINH, CUONG], events: [] });
    const preview = await register.call('members.importPreview', file);

    expect(preview).toEqual({
      ok: true,
      members: [
        { row: 2, fullName: 'Nguyễn Văn An', unitCode: 'CB012', partyCardNumber: '52.012345', events: 2 },
        { row: 3, fullName: 'Lê Thị Bình', unitCode: 'CB012', partyCardNumber: null, events: 1 },
        { row: 4, fullName: 'Phạm Văn Cường', unitCode: 'CB013', partyCardNumber: '52000777', events: 2 },
      ],
      eventCount: 5,
      problems: [],
    });
    expect([register.count('members'), register.count('member_events'), register.count('audit_log')]).toEqual([0, 0, 1]);
  });

  it('adds the whole file in one go after a safety copy, with statuses computed from the dates', async () => {
    const file = await workbookFile({ members: [AN, BINH, CUONG] });
    const result = await register.call('members.importCommit', file);

    expect(result).toMatchObject({ added: 3, events: 5 });
    expect(result.backupPath).toMatch(/backups[/\\]sochibo\.import\.\d{8}T\d{6}Z\.sqlite$/);
    expect(existsSync(result.backupPath ?? '')).toBe(true);
    const list = await register.call('members.list', {});
    expect(list.rows.map((row) => [row.fullName, row.status, row.unitCode])).toEqual([
      ['Nguyễn Văn An', 'official', 'CB012'],
      ['Lê Thị Bình', 'probationary', 'CB012'],
      ['Phạm Văn Cường', 'official', 'CB013'],
    ]);
    const binh = list.rows.find((row) => row.fullName === 'Lê Thị Bình');
    const detail = await register.call('members.get', { id: binh?.id ?? 0 });
    expect(detail.record).toMatchObject({ gender: 'nu', ethnicity: '02', religion: 'phat_giao', citizenId: '079190001234' });
  });

  it('refuses a file with one bad row among good ones, naming the row, column and value, and writes nothing', async () => {
    const file = await workbookFile({ members: [AN, { ...BINH, 'Ngày sinh': '31/02/1990' }, CUONG] });

    const preview = await register.call('members.importPreview', file);
    expect(preview.ok).toBe(false);
    expect(preview.problems).toEqual([
      { sheet: 'Đảng viên', row: 3, column: 'Ngày sinh', value: '31/02/1990', reason: 'validation.date_invalid' },
    ]);

    const commit = await register.attempt('members.importCommit', file);
    expect(commit).toEqual({
      ok: false,
      error: {
        type: 'validation',
        message: 'import.refused',
        params: { count: 1 },
        issues: [
          {
            path: 'Đảng viên.3.Ngày sinh',
            message: 'validation.date_invalid',
            params: { sheet: 'Đảng viên', row: 3, column: 'Ngày sinh', value: '31/02/1990' },
          },
        ],
      },
    });
    expect([register.count('members'), register.count('member_events')]).toEqual([0, 0]);
    expect(backups()).toEqual([]);
  });

  it('refuses the whole file when the register turns one member away, leaving no safety copy behind', async () => {
    await register.call('org.close', { code: 'CB013', closedOn: '01/01/2026' });
    const file = await workbookFile({ members: [AN, BINH, CUONG] });

    const preview = await register.call('members.importPreview', file);
    expect(preview.problems).toEqual([
      {
        sheet: 'Đảng viên',
        row: 4,
        column: 'Mã đơn vị',
        value: 'cb013',
        reason: 'errors.unit_closed',
        params: { code: 'CB013', name: 'Chi bộ Khu phố 4', closedOn: '01/01/2026' },
      },
    ]);
    const commit = await register.attempt('members.importCommit', file);
    expect(commit).toMatchObject({ ok: false, error: { message: 'import.refused', params: { count: 1 } } });
    expect(register.count('members')).toBe(0);
    expect(backups()).toEqual([]);
  });

  it('adds the history rows of "Biến động" to their members, found by card number or CCCD', async () => {
    const file = await workbookFile({
      members: [AN, BINH],
      events: [
        { 'Số thẻ đảng viên': '52012345', 'Loại': 'Miễn sinh hoạt', 'Ngày': '01/10/2025', 'Số quyết định': '15-QĐ/CB', 'Đơn vị liên quan': 'Chi ủy' },
        { 'Số thẻ đảng viên': '52 012 345', 'Loại': 'Huy hiệu', 'Ngày': '02/09/2025', 'Ghi chú': '25 năm tuổi Đảng' },
        { 'Số CCCD': '079190001234', 'Loại': 'chuyen di', 'Ngày': '15/12/2025', 'Đơn vị liên quan': 'Chi bộ Khu phố 9' },
        { 'Số thẻ đảng viên': '52.012345', 'Loại': 'Cảnh cáo', 'Ngày': '01/11/2025' },
      ],
    });
    const preview = await register.call('members.importPreview', file);
    // 25 years is no milestone: the badge rule refuses it, at the row's date.
    expect(preview.problems).toEqual([
      expect.objectContaining({ sheet: 'Biến động', row: 3, column: 'Ngày', value: '02/09/2025', reason: 'rules.badge_unknown' }),
    ]);

    const fixed = await workbookFile({
      members: [AN, BINH],
      events: [
        { 'Số thẻ đảng viên': '52012345', 'Loại': 'Miễn sinh hoạt', 'Ngày': '01/10/2025', 'Số quyết định': '15-QĐ/CB', 'Đơn vị liên quan': 'Chi ủy' },
        { 'Số CCCD': '079190001234', 'Loại': 'chuyen di', 'Ngày': '15/12/2025', 'Đơn vị liên quan': 'Chi bộ Khu phố 9' },
        { 'Số thẻ đảng viên': '52.012345', 'Loại': 'Cảnh cáo', 'Ngày': '01/11/2025' },
      ],
    });
    expect(await register.call('members.importCommit', fixed)).toMatchObject({ added: 2, events: 6 });
    const { rows } = await register.call('members.list', {});
    expect(rows.map((row) => [row.fullName, row.status])).toEqual([
      ['Nguyễn Văn An', 'exempt'],
      ['Lê Thị Bình', 'transferred_out'],
    ]);
    const an = await register.call('members.get', { id: rows[0]?.id ?? 0 });
    expect(an.events.map(({ type, date }) => [type, date])).toEqual([
      ['admitted', '2000-03-15'],
      ['made_official', '2001-03-20'],
      ['exemption_start', '2025-10-01'],
      ['discipline', '2025-11-01'],
    ]);
    expect(an.events[2]).toMatchObject({ decisionNumber: '15-QĐ/CB', issuedBy: 'Chi ủy' });
    expect(an.events[3]).toMatchObject({ form: 'canh_cao' });
    const binh = await register.call('members.get', { id: rows[1]?.id ?? 0 });
    expect(binh.events[1]).toMatchObject({ type: 'transferred_out', otherUnit: 'Chi bộ Khu phố 9' });
  });

  it('reads a badge’s years from the note and a reward’s title from it', async () => {
    const old = { ...CUONG, 'Mã đơn vị': '' };
    const file = await workbookFile({
      members: [old],
      events: [
        { 'Số thẻ đảng viên': '52000777', 'Loại': 'Huy hiệu', 'Ngày': '03/02/2025', 'Ghi chú': 'Huy hiệu 40 năm tuổi Đảng' },
        { 'Số thẻ đảng viên': '52000777', 'Loại': 'Khen thưởng', 'Ngày': '19/05/2025', 'Ghi chú': 'Đảng viên hoàn thành xuất sắc nhiệm vụ' },
      ],
    });
    expect(await register.call('members.importCommit', file)).toMatchObject({ added: 1, events: 4 });
    const [row] = (await register.call('members.list', {})).rows;
    const detail = await register.call('members.get', { id: row?.id ?? 0 });
    expect(detail.events.slice(2)).toEqual([
      expect.objectContaining({ type: 'badge', years: 40, note: 'Huy hiệu 40 năm tuổi Đảng' }),
      expect.objectContaining({ type: 'reward', title: 'Đảng viên hoàn thành xuất sắc nhiệm vụ' }),
    ]);
  });

  it('accepts a file with no members and adds nothing, without a safety copy', async () => {
    const file = await workbookFile({ members: [], blankRowsFirst: 3 });
    expect(await register.call('members.importPreview', file)).toEqual({ ok: true, members: [], eventCount: 0, problems: [] });
    expect(await register.call('members.importCommit', file)).toEqual({ added: 0, events: 0, backupPath: null });
    expect(backups()).toEqual([]);
  });
});
