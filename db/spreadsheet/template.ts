import ExcelJS, { type Worksheet } from 'exceljs';
import { ETHNICITIES } from '../../shared/members/ethnicities';
import { RELIGIONS } from '../../shared/members/religions';
import { viImport } from '../../shared/i18n/vi/import';
import { DATE_COLUMNS, EVENT_COLUMNS, header, MEMBER_COLUMNS, SHEETS, type ColumnKey } from './format';
import { addGuideSheet } from './guide-sheet';
import { addTableSheet, TEXT_FORMAT, validateRange } from './sheet-layout';

export const TEMPLATE_FILE_NAME = 'mau-nhap-dang-vien.xlsx';

/**
 * Rows given drop-down lists: more than a cell's or a grassroots committee's members. Rows below are still read,
 * only without the lists; more would cost time on every import, since reading a file expands each range cell by cell.
 */
const FILLABLE_ROWS = 2_000;

export interface TemplateUnit {
  code: string;
  name: string;
}

/** The lists of the "Danh mục" sheet, one column each, that the drop-downs point at. */
function listsOf(units: readonly TemplateUnit[]) {
  const lists: [ColumnKey, string[], 'stop' | 'warning'][] = [
    ['gender', Object.values(viImport.value.gender), 'stop'],
    // Other spellings ("Khmer", "Hòa Hảo") are accepted on import, so Excel only warns.
    ['ethnicity', ETHNICITIES.map((ethnicity) => ethnicity.name), 'warning'],
    ['religion', RELIGIONS.map((religion) => religion.name), 'warning'],
    ['qualification', Object.values(viImport.value.qualification), 'warning'],
    ['theoryLevel', Object.values(viImport.value.theory), 'warning'],
    ['kind', Object.values(viImport.value.kind), 'stop'],
  ];
  if (units.length > 0) lists.push(['unitCode', units.map((unit) => unit.code), 'stop']);
  return lists;
}

function addListsSheet(workbook: ExcelJS.Workbook, units: readonly TemplateUnit[]) {
  const sheet = workbook.addWorksheet(SHEETS.lists, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = listsOf(units);
  const ranges = new Map<ColumnKey, { range: string; errorStyle: 'stop' | 'warning' }>();
  lists.forEach(([column, values, errorStyle], index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column === 'ethnicity' || column === 'kind' ? 28 : 20;
    sheetColumn.numFmt = TEXT_FORMAT;
    sheet.getCell(1, index + 1).value = header(column);
    values.forEach((value, row) => {
      sheet.getCell(row + 2, index + 1).value = value;
    });
    const letter = sheetColumn.letter;
    ranges.set(column, { range: `'${SHEETS.lists}'!$${letter}$2:$${letter}$${values.length + 1}`, errorStyle });
  });
  if (units.length > 0) {
    const nameColumn = lists.length + 1;
    sheet.getColumn(nameColumn).width = 40;
    sheet.getCell(1, nameColumn).value = viImport.lists.unitName;
    units.forEach((unit, row) => {
      sheet.getCell(row + 2, nameColumn).value = unit.name;
    });
  }
  sheet.getRow(1).font = { bold: true };
  return ranges;
}

function addDropDowns(sheet: Worksheet, columns: readonly ColumnKey[], ranges: ReturnType<typeof addListsSheet>) {
  for (const column of columns) {
    const list = ranges.get(column);
    if (!list) continue;
    const letter = sheet.getColumn(column).letter;
    validateRange(sheet, `${letter}2:${letter}${FILLABLE_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [list.range],
      showErrorMessage: true,
      errorStyle: list.errorStyle,
      errorTitle: viImport.template.listErrorTitle,
      error: list.errorStyle === 'stop' ? viImport.template.listError : viImport.template.listWarning,
    });
  }
}

/**
 * The member import template (DESIGN.md, "Member import template"): "Đảng viên" and "Biến động" with their headers
 * and drop-down lists, "Hướng dẫn" explaining each column, and "Danh mục" holding the lists, including this
 * register's unit codes. Date columns are text: Excel reads a typed "05/09/1975" as 9 May on a PC set to US
 * formats, while text is read here as day/month/year whatever the PC's settings.
 */
export async function buildTemplate(units: readonly TemplateUnit[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const asText = (column: ColumnKey) => (DATE_COLUMNS.has(column) ? TEXT_FORMAT : undefined);
  const members = addTableSheet(workbook, SHEETS.members, MEMBER_COLUMNS, asText);
  const events = addTableSheet(workbook, SHEETS.events, EVENT_COLUMNS, asText);
  addGuideSheet(workbook);
  const ranges = addListsSheet(workbook, units);
  addDropDowns(members, MEMBER_COLUMNS, ranges);
  addDropDowns(events, EVENT_COLUMNS, ranges);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
