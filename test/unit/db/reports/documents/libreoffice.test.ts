import { describe, expect, it } from 'vitest';
import { reportWorkbook } from '../../../../../db/reports/documents/workbook';
import { INDICATOR_KEYS, type IndicatorKey } from '../../../../../shared/reports/indicators';
import { libreOfficeSheets, type CsvField } from './external';
import { committeeReport } from './fixture';

// LibreOffice starts in a second or two; one conversion reads every sheet.
const SOFFICE_TIMEOUT = 120_000;

/** How LibreOffice (en-US) shows a figure with the workbook's formats; an absent figure is an empty cell. */
function shown(key: IndicatorKey, value: number | null): CsvField {
  if (value === null) return { text: '', quoted: false };
  if (key.endsWith('_rate')) return { text: `${(value * 100).toFixed(1)}%`, quoted: false };
  if (key.endsWith('_vnd')) return { text: value.toLocaleString('en-US'), quoted: false };
  return { text: String(value), quoted: false };
}

describe('the report workbook read by another program (LibreOffice)', () => {
  it('shows the same figures, as numbers with their formats, in every sheet', async () => {
    const report = committeeReport();
    const sheets = libreOfficeSheets(await reportWorkbook(report));
    expect([...sheets.keys()].sort()).toEqual(
      ['Tổng hợp', 'Danh sách đảng viên', '1-TCTW', '2-TCTW kết nạp', '3-TCTW chất lượng', '4-TCTW dân tộc, tôn giáo', 'Xếp loại', 'Kiểm tra giám sát', 'Đảng phí'].sort(),
    );

    // Every indicator: its key in column C, the total in D, each unit's own figure after it; numbers are unquoted.
    const summary = sheets.get('Tổng hợp') ?? [];
    for (const key of INDICATOR_KEYS) {
      const line = summary.find((fields) => fields[2]?.text === key);
      expect(line, key).toBeDefined();
      expect(line?.slice(3, 7), key).toEqual([
        shown(key, report.totals[key]),
        ...report.units.map(({ indicators }) => shown(key, indicators[key])),
      ]);
    }

    const dues = sheets.get('Đảng phí') ?? [];
    expect(dues.find((fields) => fields[0]?.text === 'Tổng cộng')).toEqual([
      { text: 'Tổng cộng', quoted: true },
      ...['1,300,000', '1,250,000', '375,000', '875,000'].map((text) => ({ text, quoted: false })),
    ]);

    const an = (sheets.get('Danh sách đảng viên') ?? []).find((fields) => fields[1]?.text === 'Nguyễn Văn An');
    expect(an?.slice(0, 4)).toEqual([
      { text: '1', quoted: false },
      { text: 'Nguyễn Văn An', quoted: true },
      { text: 'Nam', quoted: true },
      { text: '15/03/1980', quoted: false },
    ]);

    const form1Total = (sheets.get('1-TCTW') ?? []).find((fields) => fields[0]?.text === 'Tổng cộng');
    expect(form1Total?.[3]).toEqual({ text: '18', quoted: false });
  }, SOFFICE_TIMEOUT);
});
