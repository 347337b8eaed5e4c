import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../../shared/text/fold';

describe('folding Vietnamese for search', () => {
  it('removes tone and vowel marks, turns đ into d and lowers the case', () => {
    expect(foldVietnamese('Đặng Thị Thu')).toBe('dang thi thu');
    expect(foldVietnamese('NGUYỄN VĂN ĐỨC')).toBe('nguyen van duc');
    expect(foldVietnamese('Ưng Hoàng Phúc, Lý Thị Ơn, Hồ Ngọc Ẩn')).toBe('ung hoang phuc, ly thi on, ho ngoc an');
  });

  it('folds text typed with combining marks the same as precomposed text', () => {
    const decomposed = 'Nguyễn Văn An'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Văn An');
    expect(foldVietnamese(decomposed)).toBe(foldVietnamese('Nguyễn Văn An'));
  });

  it('collapses and trims spaces, so a search typed carelessly still matches', () => {
    expect(foldVietnamese('  nguyễn   văn\tan ')).toBe('nguyen van an');
  });
});
