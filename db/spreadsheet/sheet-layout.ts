import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import { DIGIT_COLUMNS, header, type ColumnKey } from './format';

/** Wide enough for the header and a typical value, in Excel's character widths. */
const WIDTHS: Record<ColumnKey, number> = {
  stt: 6,
  fullName: 26,
  gender: 10,
  birthDate: 13,
  ethnicity: 12,
  religion: 14,
  hometown: 26,
  citizenId: 16,
  partyCardNumber: 18,
  admittedOn: 15,
  officialOn: 16,
  qualification: 20,
  theoryLevel: 18,
  position: 24,
  unitCode: 12,
  note: 30,
  kind: 28,
  date: 13,
  decisionNumber: 18,
  otherUnit: 30,
  status: 22,
};

export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * A sheet of one record per row: the header in row 1, bold and frozen so it stays in view while scrolling, each
 * column as wide as its content needs. Digit columns (CCCD, card number) are text, so Excel keeps leading zeros;
 * `formatOf` gives other columns' formats.
 */
export function addTableSheet(
  workbook: Workbook,
  name: string,
  columns: readonly ColumnKey[],
  formatOf: (column: ColumnKey) => string | undefined = () => undefined,
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => {
    const numFmt = DIGIT_COLUMNS.has(column) ? TEXT_FORMAT : formatOf(column);
    return { header: header(column), key: column, width: WIDTHS[column], ...(numFmt ? { style: { numFmt } } : {}) };
  });
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  headerRow.height = 32;
  headerRow.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3E3C3' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  return sheet;
}

/**
 * Data validation over a range. exceljs writes ranges (`C2:C2001`) through `dataValidations.add`, which its type
 * declarations leave out; setting each cell instead would write thousands of entries for exceljs to merge.
 */
export function validateRange(sheet: Worksheet, range: string, validation: DataValidation): void {
  (sheet as Worksheet & { dataValidations: { add(range: string, validation: DataValidation): void } }).dataValidations.add(
    range,
    validation,
  );
}
