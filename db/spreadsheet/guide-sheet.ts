import type { Workbook, Worksheet } from 'exceljs';
import { viImport } from '../../shared/i18n/vi/import';
import { EVENT_COLUMNS, header, MEMBER_COLUMNS, SHEETS, type ColumnKey } from './format';

const guide = viImport.guide;

/** Columns a row cannot do without (the record schema's required fields, the admission, an event's kind and date). */
const REQUIRED: ReadonlySet<string> = new Set([
  `${SHEETS.members}:fullName`,
  `${SHEETS.members}:gender`,
  `${SHEETS.members}:birthDate`,
  `${SHEETS.members}:ethnicity`,
  `${SHEETS.members}:religion`,
  `${SHEETS.members}:admittedOn`,
  `${SHEETS.events}:kind`,
  `${SHEETS.events}:date`,
]);

function paragraph(sheet: Worksheet, text: string, lines: number) {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, 3);
  row.alignment = { wrapText: true, vertical: 'top' };
  row.height = 16 * lines;
}

function columnTable<C extends ColumnKey>(sheet: Worksheet, sheetName: string, columns: readonly C[], how: Record<C, string>) {
  sheet.addRow([]);
  sheet.addRow([`«${sheetName}»`]).font = { bold: true, size: 13 };
  const head = sheet.addRow([guide.columnHeader, guide.requiredHeader, guide.howHeader]);
  head.font = { bold: true };
  for (const column of columns) {
    const required = REQUIRED.has(`${sheetName}:${column}`) ? guide.required : guide.optional;
    const row = sheet.addRow([header(column), required, how[column]]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}

/** "Hướng dẫn": what goes in each column of both sheets, in Vietnamese, for whoever fills the template in. */
export function addGuideSheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet(SHEETS.guide);
  sheet.columns = [{ width: 22 }, { width: 10 }, { width: 90 }];
  sheet.addRow([guide.title]).font = { bold: true, size: 15 };
  paragraph(sheet, guide.intro, 4);
  paragraph(sheet, guide.eventsIntro, 4);

  columnTable(sheet, SHEETS.members, MEMBER_COLUMNS, guide.members);
  const kinds = Object.values(viImport.value.kind).join(', ');
  columnTable(sheet, SHEETS.events, EVENT_COLUMNS, { ...guide.events, kind: guide.events.kind.replace('{{kinds}}', kinds) });
}
