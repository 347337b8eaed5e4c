import ExcelJS, { type CellValue } from 'exceljs';
import type { FilePayload } from '../../../../shared/members/views';

/** The headers as DESIGN.md spells them: the tests hold the format to the brief, not to the code's own constants. */
export const MEMBER_HEADERS = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Dân tộc',
  'Tôn giáo',
  'Quê quán',
  'Số CCCD',
  'Số thẻ đảng viên',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Trình độ chuyên môn',
  'Lý luận chính trị',
  'Chức vụ',
  'Mã đơn vị',
  'Ghi chú',
] as const;
export const EVENT_HEADERS = ['STT', 'Số thẻ đảng viên', 'Số CCCD', 'Loại', 'Ngày', 'Số quyết định', 'Đơn vị liên quan', 'Ghi chú'] as const;

export type MemberCells = Partial<Record<(typeof MEMBER_HEADERS)[number], CellValue>>;
export type EventCells = Partial<Record<(typeof EVENT_HEADERS)[number], CellValue>>;

/** A member as a secretary fills the template in: official, admitted in 2000. */
export const AN: MemberCells = {
  'Họ và tên': 'Nguyễn Văn An',
  'Giới tính': 'Nam',
  'Ngày sinh': '17/05/1975',
  'Dân tộc': 'Kinh',
  'Tôn giáo': 'Không',
  'Quê quán': 'Hà Nội',
  'Số CCCD': '001075012345',
  'Số thẻ đảng viên': '52.012345',
  'Ngày vào Đảng': '15/03/2000',
  'Ngày chính thức': '20/03/2001',
  'Trình độ chuyên môn': 'Đại học',
  'Lý luận chính trị': 'Trung cấp',
  'Chức vụ': 'Bí thư chi bộ',
};

/** A probationary member: no card yet, no recognition. */
export const BINH: MemberCells = {
  'Họ và tên': 'Lê Thị Bình',
  'Giới tính': 'Nữ',
  'Ngày sinh': '02/09/1990',
  'Dân tộc': 'Tày',
  'Tôn giáo': 'Phật giáo',
  'Số CCCD': '079190001234',
  'Ngày vào Đảng': '10/06/2025',
};

export interface WorkbookSpec {
  members?: MemberCells[];
  /** Omit for a file without the "Biến động" sheet. */
  events?: EventCells[];
  memberHeaders?: readonly string[];
  eventHeaders?: readonly string[];
  /** Rows to leave blank between the header and the first member. */
  blankRowsFirst?: number;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], rows: Record<string, CellValue>[], skip = 0) {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([...headers]);
  for (let i = 0; i < skip; i += 1) sheet.addRow([]);
  rows.forEach((row, index) => sheet.addRow(headers.map((header) => (header === 'STT' ? index + 1 : (row[header] ?? null)))));
}

/** Builds an .xlsx file the way Excel would hand it over, as the API carries it. */
export async function workbookFile(spec: WorkbookSpec, fileName = 'dang-vien.xlsx'): Promise<FilePayload> {
  const workbook = new ExcelJS.Workbook();
  addSheet(workbook, 'Đảng viên', spec.memberHeaders ?? MEMBER_HEADERS, spec.members ?? [], spec.blankRowsFirst);
  if (spec.events) addSheet(workbook, 'Biến động', spec.eventHeaders ?? EVENT_HEADERS, spec.events);
  return { fileName, base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

/** Reads a file the API handed out. */
export async function openWorkbook(file: FilePayload): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
  return workbook;
}
