import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A field of a CSV line: LibreOffice quotes every text cell, so an unquoted field is a number (or a date). */
export interface CsvField {
  text: string;
  quoted: boolean;
}

/** Splits `;`-separated lines with `"` quoting (a doubled quote inside is one quote). */
function parseCsv(content: string): CsvField[][] {
  const lines: CsvField[][] = [];
  for (const line of content.split(/\r?\n/)) {
    if (line === '') continue;
    const fields: CsvField[] = [];
    let at = 0;
    while (at <= line.length) {
      if (line[at] === '"') {
        let text = '';
        at += 1;
        while (at < line.length) {
          if (line[at] === '"' && line[at + 1] === '"') {
            text += '"';
            at += 2;
          } else if (line[at] === '"') break;
          else {
            text += line[at];
            at += 1;
          }
        }
        fields.push({ text, quoted: true });
        at += 2;
      } else {
        const end = line.indexOf(';', at);
        fields.push({ text: line.slice(at, end === -1 ? line.length : end), quoted: false });
        at = end === -1 ? line.length + 1 : end + 1;
      }
    }
    lines.push(fields);
  }
  return lines;
}

/**
 * Every sheet of an XLSX as LibreOffice reads it, converted headless to CSV in one run (token 12 = -1: one file per
 * sheet, named after it). Tokens: `;` separator, `"` quotes, UTF-8, en-US, quote all text cells, cells as shown (so
 * the number formats are applied). A private profile keeps parallel runs apart.
 */
export function libreOfficeSheets(bytes: Buffer): Map<string, CsvField[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'sochibo-lo-'));
  try {
    writeFileSync(join(dir, 'report.xlsx'), bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,true,true,true,false,false,-1',
        '--outdir',
        join(dir, 'csv'),
        join(dir, 'report.xlsx'),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const sheets = new Map<string, CsvField[][]>();
    for (const file of readdirSync(join(dir, 'csv'))) {
      const name = file.replace(/^report-/, '').replace(/\.csv$/, '');
      sheets.set(name.normalize('NFC'), parseCsv(readFileSync(join(dir, 'csv', file), 'utf8')));
    }
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as poppler's pdftotext extracts it (layout kept), its page count and its fonts (pdffonts' table). */
export function pdfText(bytes: Buffer): { text: string; pages: number; pageSize: string; fonts: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sochibo-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    return {
      text,
      fonts,
      pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
      pageSize: /Page size:\s+(.*)/.exec(info)?.[1]?.trim() ?? '',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Page 1 rendered by poppler's pdftoppm at 80 dpi, as PNG bytes. */
export function renderFirstPage(bytes: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'sochibo-pdf-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), bytes);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(dir, 'report.pdf'), join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
