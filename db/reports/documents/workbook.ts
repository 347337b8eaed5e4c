import ExcelJS, { type Cell as ExcelCell, type Worksheet } from 'exceljs';
import { dateParts, formatViDate } from '../../../shared/dates/calendar';
import type { PeriodReport } from '../../../shared/reports/views';
import type { Cell, Section, Table } from './cells';
import { reportSections } from './sections';
import { doc, periodName } from './words';

/** Number formats: Excel shows them in the PC's own separators (Vietnamese Excel: "1.250.000", "85,5%"). */
export const MONEY_FORMAT = '#,##0';
export const RATE_FORMAT = '0.0%';
export const DATE_FORMAT = 'dd/mm/yyyy';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3E3C3' } } as const;
const THIN = { style: 'thin' } as const;

/** A day as a real Excel date: midnight UTC, which Excel shows as that day whatever the PC's time zone. */
function excelDate(date: string): Date {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

function writeCell(target: ExcelCell, cell: Cell) {
  switch (cell.kind) {
    case 'text':
      target.value = cell.value === '' ? null : cell.value;
      return;
    case 'count':
      target.value = cell.value;
      return;
    case 'rate':
      target.value = cell.value;
      target.numFmt = RATE_FORMAT;
      return;
    case 'money':
      target.value = cell.value;
      target.numFmt = MONEY_FORMAT;
      return;
    case 'date':
      target.value = cell.value === null ? null : excelDate(cell.value);
      target.numFmt = DATE_FORMAT;
  }
}

/** Writes a table from `start` (its title row); returns the row after it. */
function writeTable(sheet: Worksheet, table: Table, start: number, widths: readonly number[]): number {
  sheet.getCell(start, 1).value = table.title;
  sheet.getRow(start).font = { bold: true, size: 12 };
  const header = sheet.getRow(start + 1);
  table.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: column.centred ? 'center' : column.numeric ? 'right' : 'left' };
  });
  // Excel does not grow a row for wrapped text it did not type itself: about one line per column width of characters.
  const lines = Math.max(...table.columns.map((column, index) => Math.ceil(column.label.length / Math.max(column.width, widths[index] ?? 0))));
  header.height = 15 * Math.max(1, lines) + 3;
  let next = start + 2;
  if (table.rows.length === 0) {
    sheet.getCell(next, 1).value = doc('value.noRows');
    sheet.getCell(next, 1).font = { italic: true };
    return next + 1;
  }
  for (const row of table.rows) {
    const target = sheet.getRow(next);
    row.cells.forEach((cell, index) => {
      const written = target.getCell(index + 1);
      writeCell(written, cell);
      if (table.columns[index]?.centred) written.alignment = { horizontal: 'center' };
    });
    if (row.total) target.font = { bold: true };
    next += 1;
  }
  return next;
}

function writeSection(workbook: ExcelJS.Workbook, report: PeriodReport, section: Section) {
  const firstHeader = 5;
  // A sheet of one table keeps its header in view while scrolling.
  const views = section.tables.length === 1 ? [{ state: 'frozen' as const, ySplit: firstHeader }] : [];
  // Printed from Excel: A4 landscape, every column on the page width.
  const pageSetup = { paperSize: 9, orientation: 'landscape' as const, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const sheet = workbook.addWorksheet(section.name, { views, pageSetup });
  const widths: number[] = [];
  for (const table of section.tables) {
    table.columns.forEach((column, index) => (widths[index] = Math.max(widths[index] ?? 0, column.width)));
  }
  sheet.columns = widths.map((width) => ({ width }));

  const title = doc('sheetTitle', { table: section.name, unit: report.org.name, code: report.org.code, period: periodName(report.period) });
  sheet.getCell(1, 1).value = title;
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = doc('sheetAsOf', { date: formatViDate(report.asOf), generated: formatViDate(report.generatedOn) });
  sheet.getRow(2).font = { italic: true };

  let next = firstHeader - 1;
  for (const table of section.tables) next = writeTable(sheet, table, next, widths) + 1;
  for (const note of section.notes) {
    const cell = sheet.getCell(next, 1);
    cell.value = note.text;
    cell.font = note.alert ? { bold: true, color: { argb: 'FFB00020' } } : {};
    next += 1;
  }
}

/**
 * The period report as a workbook: one sheet per table of the report (DESIGN "Command line", issue 5), each headed
 * by a title row naming the unit and the period. Figures are real numbers (a rate as a share with a % format, money
 * as whole đồng with grouping), days are real dates shown dd/mm/yyyy; a figure that does not exist is an empty cell.
 */
export async function reportWorkbook(report: PeriodReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sổ Chi bộ';
  workbook.title = `${doc('title')} ${periodName(report.period)} — ${report.org.name}`;
  for (const section of reportSections(report)) writeSection(workbook, report, section);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
