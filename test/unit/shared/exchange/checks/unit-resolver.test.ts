import { describe, expect, it } from 'vitest';
import { unitResolver } from '../../../../../shared/exchange/checks/unit-resolver';

const resolve = unitResolver([
  { code: 'DU05', name: 'Đảng ủy phường 5' },
  { code: 'DU05.CB2', name: 'Chi bộ Khu phố 2' },
  { code: 'CB01', name: 'Chi bộ Khu phố 1' },
  { code: 'CB03', name: 'Chi bộ Trường học' },
  { code: 'X9', name: 'Chi bộ Trường học' },
]);

describe('resolving the other unit a transfer names', () => {
  it('takes the text as a code, in any case and with spaces around', () => {
    expect(resolve('CB01')).toBe('CB01');
    expect(resolve('  cb01 ')).toBe('CB01');
  });

  it('finds one known code written as a word inside the text', () => {
    expect(resolve('CB01 – Chi bộ Khu phố 1')).toBe('CB01');
    expect(resolve('Chi bộ khu phố 1 (CB01)')).toBe('CB01');
    // A longer code containing a shorter one is the unit meant.
    expect(resolve('DU05.CB2, Đảng ủy phường 5')).toBe('DU05.CB2');
    // Letters or digits glued to it make another word.
    expect(resolve('CB012 Khu phố 12')).toBeNull();
  });

  it('gives up when the text names two units', () => {
    expect(resolve('CB01 hoặc CB03')).toBeNull();
  });

  it('compares names without marks, case or extra spaces, đ as d', () => {
    expect(resolve('dang uy  PHUONG 5')).toBe('DU05');
    expect(resolve('Chi bộ Khu phố 1')).toBe('CB01');
    // Two units share the name: no guess.
    expect(resolve('Chi bộ Trường học')).toBeNull();
  });

  it('resolves nothing for a unit it does not know', () => {
    expect(resolve('Chi bộ Xóm Mới')).toBeNull();
    expect(resolve('   ')).toBeNull();
  });
});
