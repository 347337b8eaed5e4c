import { formatViDate } from '../../../shared/dates/calendar';
import type { DocumentFacts, PeriodReport } from '../../../shared/reports/views';
import type { Note } from './cells';
import { reportFonts } from './fonts';
import { loadPdfKit } from './node-packages';
import { contentLeft, contentWidth, drawTable, keepTogether } from './pdf-table';
import { reportSections } from './sections';
import { dateLine, doc, numberLine, onBehalfLine, periodSubtitle, upper } from './words';

type Pdf = PDFKit.PDFDocument;

const MM = 72 / 25.4;
/** Administrative documents' margins (Nghị định 30/2020/NĐ-CP Phụ lục I; HD 36-HD/VPTW): 20 mm top and bottom, 30 left, 15 right. */
export const PAGE_MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };

const HEADER_SIZE = 13;
const BODY_SIZE = 12;
/** The header's left column (issuing unit) and right column (party title, place and date) share the line. */
const LEFT_SHARE = 0.45;

/**
 * The party document's header (HD 36-HD/VPTW): on the left the upper committee in capitals, the unit in bold
 * capitals, a star and the document's number; on the right "ĐẢNG CỘNG SẢN VIỆT NAM" underlined and, in italics, the
 * place and the day the report is made.
 */
function drawHeader(pdf: Pdf, report: PeriodReport, facts: DocumentFacts) {
  const left = contentLeft(pdf);
  const top = pdf.y;
  const leftWidth = contentWidth(pdf) * LEFT_SHARE;
  const rightX = left + leftWidth;
  const rightWidth = contentWidth(pdf) - leftWidth;
  const centred = (width: number) => ({ width, align: 'center' as const });

  pdf.fontSize(HEADER_SIZE);
  if (report.org.parent) pdf.font('regular').text(upper(report.org.parent.name), left, top, centred(leftWidth));
  pdf.font('bold').text(upper(report.org.name), left, report.org.parent ? pdf.y : top, centred(leftWidth));
  pdf.font('regular').text(doc('header.star'), left, pdf.y, centred(leftWidth));
  pdf.text(numberLine(facts.number, report.org.kind), left, pdf.y, centred(leftWidth));
  const leftBottom = pdf.y;

  pdf.font('bold').text(doc('header.party'), rightX, top, { ...centred(rightWidth), underline: true });
  pdf.y += HEADER_SIZE;
  pdf.font('italic').text(dateLine(facts.place, report.generatedOn), rightX, pdf.y, centred(rightWidth));

  pdf.x = left;
  pdf.y = Math.max(leftBottom, pdf.y) + 2 * HEADER_SIZE;
}

function drawTitle(pdf: Pdf, report: PeriodReport) {
  const options = { width: contentWidth(pdf), align: 'center' as const };
  pdf.font('bold').fontSize(16).text(doc('title'), contentLeft(pdf), pdf.y, options);
  pdf.fontSize(14).text(periodSubtitle(report.period), options);
  pdf.font('italic').fontSize(BODY_SIZE).text(doc('asOf', { date: formatViDate(report.asOf) }), options);
  pdf.y += 2 * BODY_SIZE;
}

/** "T/M CHI BỘ / BÍ THƯ" (or "T/M ĐẢNG ỦY") on the right, room to sign below; "Nơi nhận" on the left. */
function drawSignature(pdf: Pdf, report: PeriodReport) {
  const signingRoom = 90;
  keepTogether(pdf, 2 * HEADER_SIZE * 1.2 + signingRoom + BODY_SIZE);
  pdf.y += BODY_SIZE;
  const top = pdf.y;
  const left = contentLeft(pdf);
  const leftWidth = contentWidth(pdf) * LEFT_SHARE;
  const rightWidth = contentWidth(pdf) - leftWidth;

  pdf.font('italic').fontSize(BODY_SIZE).text(doc('signature.recipients'), left, top, { width: leftWidth, underline: true });
  pdf.font('regular').fontSize(11);
  if (report.org.parent) pdf.text(doc('signature.recipientParent', { parent: report.org.parent.name }), { width: leftWidth });
  pdf.text(doc('signature.recipientArchive'), { width: leftWidth });

  const options = { width: rightWidth, align: 'center' as const };
  pdf.font('bold').fontSize(HEADER_SIZE).text(onBehalfLine(report.org.kind), left + leftWidth, top, options);
  pdf.text(doc('signature.secretary'), left + leftWidth, pdf.y, options);
  pdf.x = left;
  pdf.y += signingRoom;
}

/** "Trang 2/5" centred in the bottom margin of every page, written once the page count is known. */
function numberPages(pdf: Pdf) {
  const { start, count } = pdf.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    pdf.switchToPage(index);
    const bottom = pdf.page.margins.bottom;
    // Writing inside the margin would otherwise make pdfkit start a new page.
    pdf.page.margins.bottom = 0;
    pdf.font('regular').fontSize(10).text(doc('pageNumber', { page: index - start + 1, pages: count }), contentLeft(pdf), pdf.page.height - bottom / 2, {
      width: contentWidth(pdf),
      align: 'center',
      lineBreak: false,
    });
    pdf.page.margins.bottom = bottom;
  }
}

/** The balance in words, kept on one page when it fits: a violation is never cut from the units it names. */
function drawNotes(pdf: Pdf, notes: readonly Note[]) {
  const heightOf = (note: Note) => pdf.font(note.alert ? 'bold' : 'regular').fontSize(BODY_SIZE).heightOfString(note.text, { width: contentWidth(pdf) });
  const total = notes.reduce((sum, note) => sum + heightOf(note), 0);
  const page = pdf.page.height - pdf.page.margins.top - pdf.page.margins.bottom;
  if (total < page) keepTogether(pdf, total);
  for (const note of notes) {
    keepTogether(pdf, heightOf(note));
    pdf.fillColor(note.alert ? '#8b0000' : 'black').text(note.text, contentLeft(pdf), pdf.y, { width: contentWidth(pdf) });
    pdf.fillColor('black');
  }
  if (notes.length > 0) pdf.y += BODY_SIZE;
}

/**
 * The period report as an A4 PDF in the party's document format, with Tinos embedded (regular, bold, italic) so the
 * Vietnamese prints the same on every PC: header, title naming the period, every table of the report numbered in
 * order, the membership balance said in words (a violation in bold), the signature block, page numbers.
 */
export async function reportPdf(report: PeriodReport, facts: DocumentFacts): Promise<Buffer> {
  const fonts = reportFonts();
  const title = `${doc('title')} ${periodSubtitle(report.period)} — ${report.org.name}`;
  const PDFDocument = loadPdfKit();
  const pdf = new PDFDocument({
    size: 'A4',
    margins: PAGE_MARGINS,
    bufferPages: true,
    // pdfkit takes a font's bytes here as well as a path (its types say only a path): no standard font is loaded.
    font: fonts.regular as unknown as string,
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: title, Author: report.org.name, Creator: 'Sổ Chi bộ' },
  });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  pdf.registerFont('italic', fonts.italic);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  drawHeader(pdf, report, facts);
  drawTitle(pdf, report);
  let number = 0;
  for (const section of reportSections(report)) {
    for (const table of section.tables) {
      number += 1;
      drawTable(pdf, table, number);
    }
    drawNotes(pdf, section.notes);
  }
  drawSignature(pdf, report);
  numberPages(pdf);
  pdf.end();
  await ended;
  return Buffer.concat(chunks);
}
