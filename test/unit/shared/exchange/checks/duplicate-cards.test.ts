import { describe, expect, it } from 'vitest';
import { crossUnitChecks } from '../../../../../shared/exchange/checks/cross-unit-checks';
import { KNOWN, source } from './fixtures';

const AN = { id: 1, name: 'Nguyễn Văn An', unit: 'CB01', card: '12345678', birthDate: '1985-03-04' };
const BINH = { id: 2, name: 'Lê Thị Bình', unit: 'CB02', card: ' 12345678 ', birthDate: '1990-01-02' };

const duplicates = (...sources: Parameters<typeof crossUnitChecks>[0]) => crossUnitChecks(sources, KNOWN).filter((finding) => finding.kind === 'duplicate_card');

describe('party card numbers held twice', () => {
  it('finds the same number counted in two units', () => {
    expect(duplicates(source('CB01', { members: [AN] }), source('CB02', { members: [BINH] }))).toEqual([
      {
        kind: 'duplicate_card',
        cardNumber: '12345678',
        holders: [
          { unitCode: 'CB01', fullName: 'Nguyễn Văn An', birthDate: '1985-03-04' },
          { unitCode: 'CB02', fullName: 'Lê Thị Bình', birthDate: '1990-01-02' },
        ],
      },
    ]);
  });

  it('finds it twice in one unit', () => {
    expect(duplicates(source('CB01', { members: [AN, { ...BINH, unit: 'CB01' }] }))).toHaveLength(1);
  });

  it('counts only members counted on the last day, and no blank numbers', () => {
    expect(duplicates(source('CB01', { members: [{ ...AN, counted: false }] }), source('CB02', { members: [BINH] }))).toEqual([]);
    expect(duplicates(source('CB01', { members: [{ ...AN, card: ' ' }] }), source('CB02', { members: [{ ...BINH, card: '' }] }))).toEqual([]);
  });

  it('does not take one unit listed by two documents for two holders', () => {
    const committee = source('DU05', { members: [AN] });
    expect(duplicates(committee, source('CB01', { members: [{ ...AN, id: 40 }] }))).toEqual([]);
  });
});
