import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportPdf } from '../../../../../db/reports/documents/pdf';
import { pdfText, renderFirstPage } from './external';
import { cellReport, committeeReport } from './fixture';

const POPPLER_TIMEOUT = 60_000;
/** The whitespace pdftotext puts between words of a line is not what the test is about. */
const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');

describe('the printed report (PDF)', () => {
  it('is an A4 party document with the header, the title, the tables and the signature, in Vietnamese', async () => {
    const bytes = await reportPdf(cellReport(), { number: '05-BC/CB', place: 'Hòa Bình' });
    const { text, pages, pageSize, fonts } = pdfText(bytes);
    const lines = squeeze(text);
    expect(pageSize).toBe('595.28 x 841.89 pts (A4)');
    expect(lines).toContain('ĐẢNG ỦY PHƯỜNG HÒA BÌNH ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(lines).toContain('CHI BỘ KHU PHỐ 3');
    expect(lines).toContain('Số 05-BC/CB');
    expect(lines).toContain('Hòa Bình, ngày 05 tháng 10 năm 2026');
    expect(lines).toContain('BÁO CÁO');
    expect(lines).toContain('Thống kê đảng viên quý III năm 2026');
    expect(lines).toContain('(Số liệu tính đến ngày 30/09/2026)');
    expect(lines).toMatch(/Tổng số đảng viên \(đảng số\) 11/);
    expect(lines).toMatch(/Tỷ lệ đảng viên dự sinh hoạt 85,5%/);
    expect(lines).toMatch(/Đảng phí đã thu \(đồng\) 1\.250\.000/);
    expect(lines).toContain('Cân đối đúng: 10 + 2 − 1 = 11.');
    expect(lines).toMatch(/Nguyễn Văn An Nam 15\/03\/1980 Kinh 12\/06\/2005/);
    expect(lines).toContain('T/M CHI BỘ');
    expect(lines).toContain('BÍ THƯ');
    expect(lines).toContain(`Trang ${pages}/${pages}`);
    // Tinos regular, bold and italic are embedded (subsets), so every PC prints the same letters.
    expect(fonts).toMatch(/Tinos-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/Tinos-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/Tinos-Italic\s+CID TrueType\s+Identity-H\s+yes yes yes/);

    // Page 1 as people see it, kept for review.
    mkdirSync(join('test-results', 'screenshots'), { recursive: true });
    const png = renderFirstPage(bytes);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    writeFileSync(join('test-results', 'screenshots', 'report-pdf-page1.png'), png);
  }, POPPLER_TIMEOUT);

  it('leaves blanks for the number and the place, signs for the committee and states a failed balance', async () => {
    const { text } = pdfText(await reportPdf(committeeReport(), { number: '', place: '' }));
    const lines = squeeze(text);
    expect(lines).toContain('Số ……-BC/ĐU');
    expect(lines).toContain('……………, ngày 05 tháng 10 năm 2026');
    expect(lines).toContain('T/M ĐẢNG ỦY');
    expect(lines).toContain('CÂN ĐỐI SAI: đầu kỳ 16 + tăng 2 − giảm 1 = 17, nhưng đảng số cuối kỳ là 18 (chênh 1).');
    expect(lines).toContain('- Chi bộ thôn Tây (mã CB072): đầu kỳ 6 + tăng 0 − giảm 0 = 6, đảng số cuối kỳ 7.');
    expect(lines).toMatch(/Chi bộ thôn Đông 10 2 1 11 9 2/);
  }, POPPLER_TIMEOUT);
});
