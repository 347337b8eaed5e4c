import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../../../shared/members/views';
import { openRegister, type Register } from '../members/register';
import { AN, BINH, EVENT_HEADERS, MEMBER_HEADERS, workbookFile, type WorkbookSpec } from './workbook';

/** What a person reads in the problem list: where, what was there, why. */
const brief = ({ sheet, row, column, value, reason }: ImportProblem) => [sheet, row, column, value, reason];

describe('problems in a member spreadsheet', () => {
  let register: Register;
  const problemsOf = async (spec: WorkbookSpec) => {
    const preview = await register.call('members.importPreview', await workbookFile(spec));
    expect(preview.ok).toBe(preview.problems.length === 0);
    return preview.problems.map(brief);
  };

  beforeAll(async () => {
    register = await openRegister();
    // Already in the register: Trần Văn Dũng, card 52.000999, CCCD 001060000999.
    await register.call('members.create', {
      record: {
        fullName: 'Trần Văn Dũng',
        gender: 'nam',
        birthDate: '01/01/1960',
        ethnicity: '01',
        religion: 'khong',
        citizenId: '001060000999',
        partyCardNumber: '52.000999',
      },
      events: [{ type: 'admitted', date: '01/01/1990' }],
    });
  });

  afterAll(() => {
    // Every preview above wrote nothing: only the member added before them is there.
    expect(register.count('members')).toBe(1);
    register.cleanup();
  });

  it('lists every problem of a row, each at its own column, in the order of the columns', async () => {
    const row = {
      'Họ và tên': '  ',
      'Giới tính': 'Nam giới',
      'Ngày sinh': '1975',
      'Dân tộc': 'Kinhh',
      'Tôn giáo': 'Đạo Giời',
      'Số CCCD': '12345',
      'Số thẻ đảng viên': 'AB-12',
      'Ngày vào Đảng': '',
      'Ngày chính thức': '30/02/2001',
      'Trình độ chuyên môn': 'Tú tài',
      'Lý luận chính trị': 'Sơ cấp chính trị',
      'Mã đơn vị': 'CB 13',
    };
    expect(await problemsOf({ members: [row] })).toEqual([
      ['Đảng viên', 2, 'Họ và tên', '', 'validation.full_name_required'],
      ['Đảng viên', 2, 'Giới tính', 'Nam giới', 'import.problem.gender_unknown'],
      ['Đảng viên', 2, 'Ngày sinh', '1975', 'validation.date_invalid'],
      ['Đảng viên', 2, 'Dân tộc', 'Kinhh', 'import.problem.ethnicity_unknown'],
      ['Đảng viên', 2, 'Tôn giáo', 'Đạo Giời', 'import.problem.religion_unknown'],
      ['Đảng viên', 2, 'Số CCCD', '12345', 'validation.citizen_id_format'],
      ['Đảng viên', 2, 'Số thẻ đảng viên', 'AB-12', 'validation.party_card_format'],
      ['Đảng viên', 2, 'Ngày vào Đảng', '', 'validation.date_required'],
      ['Đảng viên', 2, 'Ngày chính thức', '30/02/2001', 'validation.date_invalid'],
      ['Đảng viên', 2, 'Trình độ chuyên môn', 'Tú tài', 'import.problem.qualification_unknown'],
      ['Đảng viên', 2, 'Lý luận chính trị', 'Sơ cấp chính trị', 'import.problem.theory_unknown'],
      ['Đảng viên', 2, 'Mã đơn vị', 'CB 13', 'validation.code_format'],
    ]);
  });

  it('says "required" for an empty coded column', async () => {
    expect(await problemsOf({ members: [{ ...AN, 'Giới tính': '', 'Dân tộc': null, 'Tôn giáo': '' }] })).toEqual([
      ['Đảng viên', 2, 'Giới tính', '', 'validation.gender_required'],
      ['Đảng viên', 2, 'Dân tộc', '', 'validation.ethnicity_required'],
      ['Đảng viên', 2, 'Tôn giáo', '', 'validation.religion_required'],
    ]);
  });

  it('matches coded words without regard to case, marks or older spellings', async () => {
    const row = { ...AN, 'Giới tính': 'NAM', 'Dân tộc': 'khmer', 'Tôn giáo': 'hoa hao', 'Trình độ chuyên môn': 'Thạc sỹ', 'Lý luận chính trị': 'cao cap' };
    expect(await problemsOf({ members: [row] })).toEqual([]);
  });

  it('counts rows as the spreadsheet numbers them, skipping blank rows', async () => {
    const problems = await problemsOf({ members: [AN, { ...BINH, 'Giới tính': 'X' }], blankRowsFirst: 2 });
    expect(problems).toEqual([['Đảng viên', 5, 'Giới tính', 'X', 'import.problem.gender_unknown']]);
  });

  it('refuses a unit the register does not have', async () => {
    expect(await problemsOf({ members: [{ ...AN, 'Mã đơn vị': 'CB999' }] })).toEqual([
      ['Đảng viên', 2, 'Mã đơn vị', 'CB999', 'errors.unit_not_found'],
    ]);
  });

  it('finds a card number or CCCD given twice in the file, with or without dots, pointing at the first row', async () => {
    const twice = { ...BINH, 'Họ và tên': 'Lê Thị Bình Hai', 'Số thẻ đảng viên': '52012345', 'Số CCCD': '001075012345' };
    const preview = await register.call('members.importPreview', await workbookFile({ members: [AN, twice] }));
    expect(preview.problems).toEqual([
      { sheet: 'Đảng viên', row: 3, column: 'Số CCCD', value: '001075012345', reason: 'import.problem.duplicate_in_file', params: { firstRow: 2 } },
      { sheet: 'Đảng viên', row: 3, column: 'Số thẻ đảng viên', value: '52012345', reason: 'import.problem.duplicate_in_file', params: { firstRow: 2 } },
    ]);
  });

  it('finds a card number or CCCD already held by someone in the register, naming them', async () => {
    const preview = await register.call(
      'members.importPreview',
      await workbookFile({ members: [{ ...AN, 'Số thẻ đảng viên': '52000999', 'Số CCCD': '001060000999' }] }),
    );
    expect(preview.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'Số CCCD', reason: 'errors.duplicate_citizen_id', params: expect.objectContaining({ name: 'Trần Văn Dũng' }) }),
      expect.objectContaining({ row: 2, column: 'Số thẻ đảng viên', reason: 'errors.duplicate_card', params: expect.objectContaining({ name: 'Trần Văn Dũng' }) }),
    ]);
  });

  it('refuses a history that breaks a rule, at the date that does not fit, citing the rule', async () => {
    const preview = await register.call(
      'members.importPreview',
      await workbookFile({ members: [{ ...AN, 'Ngày vào Đảng': '15/03/2020', 'Ngày chính thức': '01/09/2020' }] }),
    );
    expect(preview.problems).toEqual([
      {
        sheet: 'Đảng viên',
        row: 2,
        column: 'Ngày chính thức',
        value: '01/09/2020',
        reason: 'rules.official_too_early.decision',
        params: expect.objectContaining({ endsOn: '15/03/2021', rule: expect.stringContaining('Điều lệ Đảng') }),
      },
    ]);
  });

  it('still checks the unit, the register and the history of a row that has other problems', async () => {
    const row = { ...AN, 'Giới tính': 'X', 'Mã đơn vị': 'CB999', 'Số thẻ đảng viên': '52.000999', 'Ngày vào Đảng': '15/03/2020', 'Ngày chính thức': '01/09/2020' };
    expect(await problemsOf({ members: [row] })).toEqual([
      ['Đảng viên', 2, 'Giới tính', 'X', 'import.problem.gender_unknown'],
      ['Đảng viên', 2, 'Số thẻ đảng viên', '52.000999', 'errors.duplicate_card'],
      ['Đảng viên', 2, 'Ngày chính thức', '01/09/2020', 'rules.official_too_early.decision'],
      ['Đảng viên', 2, 'Mã đơn vị', 'CB999', 'errors.unit_not_found'],
    ]);
  });

  it('lists every problem of the "Biến động" rows, and the links to members that do not hold', async () => {
    const events = [
      { 'Số thẻ đảng viên': '52012345', 'Loại': 'Thăng chức', 'Ngày': '01/01/2025' },
      { 'Số thẻ đảng viên': '52012345', 'Loại': '', 'Ngày': '01/01/2025' },
      { 'Loại': 'Từ trần', 'Ngày': '01/01/2025' },
      { 'Số thẻ đảng viên': '52999999', 'Loại': 'Từ trần', 'Ngày': '01/01/2025' },
      { 'Số CCCD': '001060000999', 'Loại': 'Từ trần', 'Ngày': '01/01/2025' },
      { 'Số thẻ đảng viên': '52012345', 'Số CCCD': '079190001234', 'Loại': 'Từ trần', 'Ngày': '01/01/2025' },
      { 'Số thẻ đảng viên': '52012345', 'Loại': 'Chuyển đi', 'Ngày': '' },
      { 'Số thẻ đảng viên': '52012345', 'Loại': 'Huy hiệu', 'Ngày': '03/02/2025', 'Ghi chú': 'Huy hiệu ba mươi năm' },
    ];
    expect(await problemsOf({ members: [AN, BINH], events })).toEqual([
      ['Biến động', 2, 'Loại', 'Thăng chức', 'import.problem.kind_unknown'],
      ['Biến động', 3, 'Loại', '', 'validation.event_type_required'],
      ['Biến động', 4, 'Số thẻ đảng viên', '', 'import.problem.member_missing'],
      ['Biến động', 5, 'Số thẻ đảng viên', '52999999', 'import.problem.member_unknown'],
      ['Biến động', 6, 'Số CCCD', '001060000999', 'import.problem.member_in_register'],
      ['Biến động', 7, 'Số thẻ đảng viên', '52012345', 'import.problem.member_mismatch'],
      ['Biến động', 8, 'Ngày', '', 'validation.date_required'],
      ['Biến động', 8, 'Đơn vị liên quan', '', 'validation.other_unit_required'],
      ['Biến động', 9, 'Ghi chú', 'Huy hiệu ba mươi năm', 'import.problem.badge_years_missing'],
    ]);
  });

  it('reports a missing or renamed column once, naming it, and reads nothing else', async () => {
    const renamed = MEMBER_HEADERS.map((header) => (header === 'Ngày sinh' ? 'NS' : header)).filter((header) => header !== 'Tôn giáo');
    const preview = await register.call(
      'members.importPreview',
      await workbookFile({ members: [{ ...AN, 'Giới tính': 'X' }], memberHeaders: renamed, events: [], eventHeaders: EVENT_HEADERS.slice(0, -1) }),
    );
    expect(preview.problems).toEqual([
      { sheet: 'Đảng viên', row: 1, column: 'Ngày sinh', value: 'NS', reason: 'import.problem.column_missing', params: { column: 'Ngày sinh' } },
      { sheet: 'Đảng viên', row: 1, column: 'Tôn giáo', value: 'Quê quán', reason: 'import.problem.column_missing', params: { column: 'Tôn giáo' } },
      { sheet: 'Biến động', row: 1, column: 'Ghi chú', value: '', reason: 'import.problem.column_missing', params: { column: 'Ghi chú' } },
    ]);
    expect(preview.members).toEqual([]);
  });

  it('finds sheets and columns whatever their case and marks, in any order, ignoring extra columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DANG VIEN');
    const headers = [...MEMBER_HEADERS].reverse().map((header) => header.toUpperCase());
    sheet.addRow([...headers, 'Trạng thái']);
    sheet.addRow([...[...MEMBER_HEADERS].reverse().map((header) => AN[header] ?? null), 'Đảng viên chính thức']);
    const file = { fileName: 'x.xlsx', base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
    expect(await register.call('members.importPreview', file)).toMatchObject({ ok: true, members: [{ fullName: 'Nguyễn Văn An', events: 2 }] });
  });

  it('says so when the file is not a workbook, or has no "Đảng viên" sheet', async () => {
    const notXlsx = await register.call('members.importPreview', { fileName: 'danh-sach.csv', base64: Buffer.from('STT;Họ và tên\n1;An').toString('base64') });
    expect(notXlsx).toEqual({
      ok: false,
      members: [],
      eventCount: 0,
      problems: [{ sheet: '', row: 0, column: '', value: '', reason: 'import.problem.not_xlsx' }],
    });

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(MEMBER_HEADERS);
    const file = { fileName: 'x.xlsx', base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
    expect((await register.call('members.importPreview', file)).problems).toEqual([
      { sheet: '', row: 0, column: '', value: '', reason: 'import.problem.sheet_missing', params: { sheet: 'Đảng viên' } },
    ]);
  });
});
