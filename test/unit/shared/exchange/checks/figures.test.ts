import { describe, expect, it } from 'vitest';
import { crossUnitChecks } from '../../../../../shared/exchange/checks/cross-unit-checks';
import type { CheckSource } from '../../../../../shared/exchange/checks/findings';
import { KNOWN, source } from './fixtures';

const only = (kind: string, sources: CheckSource[]) => crossUnitChecks(sources, KNOWN).filter((finding) => finding.kind === kind);

describe('this period’s opening against last period’s closing', () => {
  it('compares each unit row with the same unit’s row of the period before', () => {
    const cell = source('CB01', { rows: [{ code: 'CB01', opening: 12, total: 12 }] }, { period: '2026-Q2', spec: { rows: [{ code: 'CB01', opening: 10, total: 11 }] } });
    expect(only('opening_mismatch', [cell])).toEqual([
      { kind: 'opening_mismatch', unitCode: 'CB01', scope: 'unit', opening: 12, previousClosing: 11, previousPeriod: '2026-Q2' },
    ]);
  });

  it('finds nothing without the period before, or for a unit that had no row in it', () => {
    expect(only('opening_mismatch', [source('CB01', { rows: [{ code: 'CB01', opening: 12, total: 12 }] })])).toEqual([]);
    const founded = source('DU05', { rows: [{ code: 'DU05', opening: 0, total: 0 }, { code: 'CB09', opening: 5, total: 5 }] }, {
      period: '2026-Q2',
      spec: { rows: [{ code: 'DU05', opening: 0, total: 0 }], totals: { opening: 0, total: 5 } },
    });
    expect(only('opening_mismatch', [founded])).toEqual([]);
  });

  it('compares a committee’s whole subtree when its rows agree, and says it once when two documents carry the same row', () => {
    const rows = [{ code: 'DU05', opening: 1, total: 1 }, { code: 'CB01', opening: 10, total: 10 }];
    const committee = source('DU05', { rows }, { period: '2026-Q2', spec: { rows, totals: { opening: 11, total: 13 } } });
    expect(only('opening_mismatch', [committee])).toEqual([
      { kind: 'opening_mismatch', unitCode: 'DU05', scope: 'subtree', opening: 11, previousClosing: 13, previousPeriod: '2026-Q2' },
    ]);
    const before = [{ code: 'DU05', opening: 1, total: 1 }, { code: 'CB01', opening: 9, total: 9 }];
    const repeating = source('DU05', { rows }, { period: '2026-Q2', spec: { rows: before } });
    const cell = source('CB01', { rows: [{ code: 'CB01', opening: 10, total: 10 }] }, { period: '2026-Q2', spec: { rows: [{ code: 'CB01', opening: 9, total: 9 }] } });
    expect(only('opening_mismatch', [repeating, cell])).toEqual([
      { kind: 'opening_mismatch', unitCode: 'CB01', scope: 'unit', opening: 10, previousClosing: 9, previousPeriod: '2026-Q2' },
    ]);
  });
});

describe('the membership balance failing inside a document', () => {
  it('names each failing unit and the unit whose document says so', () => {
    const committee = source('DU05', {
      rows: [{ code: 'DU05', opening: 0, total: 0 }, { code: 'CB03', opening: 10, total: 12 }],
      identity: { opening: 10, added: 1, lost: 0, closing: 12 },
      violations: [{ unitCode: 'CB03', opening: 10, added: 1, lost: 0, closing: 12 }],
    });
    expect(only('identity_violated', [committee])).toEqual([
      { kind: 'identity_violated', unitCode: 'CB03', sourceUnitCode: 'DU05', opening: 10, added: 1, lost: 0, closing: 12 },
    ]);
  });

  it('names the producer when only the whole document’s balance fails', () => {
    const odd = source('CB01', { rows: [{ code: 'CB01', opening: 5, total: 5 }], identity: { opening: 5, added: 0, lost: 1, closing: 5 } });
    expect(only('identity_violated', [odd])).toEqual([
      { kind: 'identity_violated', unitCode: 'CB01', sourceUnitCode: 'CB01', opening: 5, added: 0, lost: 1, closing: 5 },
    ]);
  });

  it('gives a unit’s failing balance once, from its own document, when its committee repeats it', () => {
    const failing = { unitCode: 'CB01', opening: 5, added: 0, lost: 1, closing: 5 };
    const committee = source('DU05', { violations: [failing] });
    const cell = source('CB01', { violations: [failing] });
    expect(only('identity_violated', [committee, cell])).toEqual([{ kind: 'identity_violated', ...failing, sourceUnitCode: 'CB01' }]);
  });
});
