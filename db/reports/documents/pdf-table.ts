import type { Cell, Column, Table } from './cells';
import { printCell } from './print-values';
import { doc as words } from './words';

type Pdf = PDFKit.PDFDocument;

const TABLE_SIZE = 10;
const TITLE_SIZE = 12;
const PADDING = 3;
const RULE = 0.5;
const HEADER_SHADE = '#e8e8e8';

export const contentLeft = (pdf: Pdf): number => pdf.page.margins.left;
export const contentWidth = (pdf: Pdf): number => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
const contentBottom = (pdf: Pdf): number => pdf.page.height - pdf.page.margins.bottom;

/** Starts a new page unless `height` more points fit above the bottom margin. */
export function keepTogether(pdf: Pdf, height: number): void {
  if (pdf.y + height > contentBottom(pdf)) pdf.addPage();
}

interface PrintedColumn {
  column: Column;
  index: number;
  width: number;
}

/**
 * The narrowest a column may be: its longest word on one line. Each distinct word is measured once: a list of
 * thousands of members repeats the same given names, dates and words.
 */
function minimumWidth(pdf: Pdf, table: Table, column: Column, index: number): number {
  pdf.font('bold').fontSize(TABLE_SIZE);
  const words = new Set(column.label.split(/\s+/));
  for (const row of table.rows) {
    const cell = row.cells[index];
    if (cell) for (const word of printCell(cell).split(/\s+/)) words.add(word);
  }
  return Math.max(...[...words].map((word) => pdf.widthOfString(word))) + 2 * PADDING + 1;
}

/**
 * The printed columns share the line in proportion to their workbook widths, except that none is narrower than its
 * longest word: a date or a figure never wraps, and the room it needs is taken from the wider columns.
 */
function printedColumns(pdf: Pdf, table: Table): PrintedColumn[] {
  const kept = table.columns.map((column, index) => ({ column, index })).filter(({ column }) => column.print !== false);
  const minimums = kept.map(({ column, index }) => minimumWidth(pdf, table, column, index));
  const atMinimum = new Set<number>();
  let widths: number[] = [];
  for (let pass = 0; pass <= kept.length; pass += 1) {
    const fixed = [...atMinimum].reduce((sum, at) => sum + (minimums[at] ?? 0), 0);
    const shared = kept.reduce((sum, { column }, at) => (atMinimum.has(at) ? sum : sum + column.width), 0);
    widths = kept.map(({ column }, at) => (atMinimum.has(at) ? (minimums[at] ?? 0) : (column.width / shared) * (contentWidth(pdf) - fixed)));
    const narrow = widths.flatMap((width, at) => (!atMinimum.has(at) && width < (minimums[at] ?? 0) ? [at] : []));
    if (narrow.length === 0) break;
    for (const at of narrow) atMinimum.add(at);
  }
  return kept.map(({ column, index }, at) => ({ column, index, width: widths[at] ?? 0 }));
}

interface Line {
  texts: string[];
  font: 'regular' | 'bold' | 'italic';
  shaded?: boolean;
}

function lineHeight(pdf: Pdf, columns: readonly PrintedColumn[], line: Line): number {
  pdf.font(line.font).fontSize(TABLE_SIZE);
  const single = pdf.heightOfString(' ');
  // Most cells fit on one line; measuring their width is far cheaper than wrapping them (a long member list).
  const heights = columns.map(({ width }, at) => {
    const text = line.texts[at] ?? '';
    return pdf.widthOfString(text) <= width - 2 * PADDING ? single : pdf.heightOfString(text, { width: width - 2 * PADDING });
  });
  return Math.max(...heights) + 2 * PADDING;
}

function drawLine(pdf: Pdf, columns: readonly PrintedColumn[], line: Line, height: number): void {
  const top = pdf.y;
  let x = contentLeft(pdf);
  pdf.font(line.font).fontSize(TABLE_SIZE).lineWidth(RULE);
  columns.forEach(({ column, width }, at) => {
    if (line.shaded) pdf.rect(x, top, width, height).fillAndStroke(HEADER_SHADE, 'black');
    else pdf.rect(x, top, width, height).stroke('black');
    const align = line.shaded || column.centred ? 'center' : column.numeric ? 'right' : 'left';
    pdf.fillColor('black').text(line.texts[at] ?? '', x + PADDING, top + PADDING, { width: width - 2 * PADDING, align });
    x += width;
  });
  pdf.x = contentLeft(pdf);
  pdf.y = top + height;
}

/**
 * A table with its numbered title. The title, the header and the first row stay together; a row never splits
 * across pages, and a table that goes on to the next page repeats its header there.
 */
export function drawTable(pdf: Pdf, table: Table, number: number): void {
  const columns = printedColumns(pdf, table);
  const header: Line = { texts: columns.map(({ column }) => column.label), font: 'bold', shaded: true };
  const lines: Line[] = table.rows.map((row) => ({
    texts: columns.map(({ index }) => printCell(row.cells[index] ?? ({ kind: 'text', value: '' } satisfies Cell))),
    font: row.total ? 'bold' : 'regular',
  }));
  const title = `${number}. ${table.title}`;
  pdf.font('bold').fontSize(TITLE_SIZE);
  const titleHeight = pdf.heightOfString(title, { width: contentWidth(pdf) }) + 4;
  const headerHeight = lineHeight(pdf, columns, header);
  const firstHeight = lineHeight(pdf, columns, lines[0] ?? { texts: [words('value.noRows')], font: 'italic' });
  keepTogether(pdf, titleHeight + headerHeight + firstHeight);

  pdf.font('bold').fontSize(TITLE_SIZE).text(title, contentLeft(pdf), pdf.y, { width: contentWidth(pdf) });
  pdf.y += 4;
  drawLine(pdf, columns, header, headerHeight);
  if (lines.length === 0) {
    // One cell across the table says there is nothing to list.
    const across = [{ column: { label: '', width: 1 }, index: 0, width: contentWidth(pdf) }];
    const none: Line = { texts: [words('value.noRows')], font: 'italic' };
    drawLine(pdf, across, none, lineHeight(pdf, across, none));
  }
  for (const line of lines) {
    const height = lineHeight(pdf, columns, line);
    if (pdf.y + height > contentBottom(pdf)) {
      pdf.addPage();
      drawLine(pdf, columns, header, headerHeight);
    }
    drawLine(pdf, columns, line, height);
  }
  pdf.y += 10;
}
