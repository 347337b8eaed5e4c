import { describe, expect, it } from 'vitest';
import { crossUnitChecks } from '../../../../../shared/exchange/checks/cross-unit-checks';
import { KNOWN, source } from './fixtures';

/** Two cells with a transfer each way nobody matched, a shared card number, an opening and a balance off. */
function sources() {
  const cb01 = source(
    'CB01',
    {
      rows: [{ code: 'CB01', opening: 3, total: 2 }],
      members: [
        { id: 1, name: 'Trần Văn Bảo', unit: 'CB01', card: '111', counted: false, events: [{ type: 'transferred_out', date: '2026-08-01', otherUnit: 'CB02' }] },
        { id: 2, name: 'Lê Văn An', unit: 'CB01', card: '222', counted: false, events: [{ type: 'transferred_out', date: '2026-07-01', otherUnit: 'CB02' }] },
        { id: 3, name: 'Phạm Thị Cúc', unit: 'CB01', card: '333' },
        { id: 4, name: 'Đỗ Văn Dũng', unit: 'CB01', card: '444' },
      ],
      violations: [{ unitCode: 'CB01', opening: 3, added: 0, lost: 2, closing: 2 }],
    },
    { period: '2026-Q2', spec: { rows: [{ code: 'CB01', opening: 3, total: 4 }] } },
  );
  const cb02 = source('CB02', {
    rows: [{ code: 'CB02', opening: 2, total: 3 }],
    members: [
      { id: 1, name: 'Vũ Thị Hà', unit: 'CB02', card: '333' },
      { id: 2, name: 'Hồ Văn Dũng', unit: 'CB02', card: '444', events: [{ type: 'transferred_in', date: '2026-09-01', otherUnit: 'CB01' }] },
    ],
  });
  return [cb01, cb02];
}

describe('the cross-unit checks together', () => {
  it('orders findings by kind, then unit code, then name in register order', () => {
    const findings = crossUnitChecks(sources(), KNOWN);
    expect(findings.map((finding) => [finding.kind, 'member' in finding ? finding.member.fullName : 'cardNumber' in finding ? finding.cardNumber : finding.unitCode])).toEqual([
      ['transfer_out_unmatched', 'Lê Văn An'],
      ['transfer_out_unmatched', 'Trần Văn Bảo'],
      ['transfer_in_unmatched', 'Hồ Văn Dũng'],
      ['duplicate_card', '333'],
      ['duplicate_card', '444'],
      ['opening_mismatch', 'CB01'],
      ['identity_violated', 'CB01'],
    ]);
  });

  it('gives the same findings whatever the order of the sources', () => {
    expect(crossUnitChecks([...sources()].reverse(), [...KNOWN].reverse())).toEqual(crossUnitChecks(sources(), KNOWN));
  });

  it('finds nothing in consistent data or without data', () => {
    expect(crossUnitChecks([], KNOWN)).toEqual([]);
    expect(crossUnitChecks([source('CB01', { rows: [{ code: 'CB01', opening: 1, total: 1 }], members: [{ id: 1, name: 'Lê Văn An', unit: 'CB01' }] })], [])).toEqual([]);
  });
});
