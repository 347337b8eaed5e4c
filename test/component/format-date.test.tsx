import { describe, expect, it } from 'vitest';
import { formatDateVi } from '../../renderer/format/date';

describe('formatDateVi', () => {
  it('writes day/month/year with two-digit day and month', () => {
    expect(formatDateVi(new Date(2026, 0, 5, 10, 30).toISOString())).toBe('05/01/2026');
    expect(formatDateVi(new Date(2025, 11, 31, 23, 59).toISOString())).toBe('31/12/2025');
  });

  it('uses the local calendar day, not the UTC one', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    try {
      // 00:30 on 2 September in Hà Nội is still 1 September in UTC.
      expect(formatDateVi('2026-09-01T17:30:00.000Z')).toBe('02/09/2026');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDateVi('không rõ')).toBe('không rõ');
  });
});
