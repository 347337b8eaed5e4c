import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { CrossUnitFinding } from '../../../shared/exchange/checks/findings';
import { vi as messages } from '../../../shared/i18n/vi';
import { CheckList } from '../../../renderer/pages/exchange/completeness/CheckList';
import { renderWithApp } from '../harness';

// Source under test: renderer/pages/exchange/completeness/CheckList.tsx — the cross-unit findings, grouped by kind.

const checks = messages.exchange.checks;
const noStore = { transport: () => Promise.reject(new Error('no store')) };

const FINDINGS: CrossUnitFinding[] = [
  {
    kind: 'transfer_out_unmatched',
    member: { fullName: 'Nguyễn Văn An', birthDate: '1985-03-04', partyCardNumber: '12345678', unitCode: 'CB01' },
    fromUnit: 'CB01',
    toUnit: 'CB02',
    date: '2026-08-05',
  },
  {
    kind: 'transfer_out_unmatched',
    member: { fullName: 'Lê Thị Bình', birthDate: '1990-01-02', partyCardNumber: null, unitCode: 'CB01' },
    fromUnit: 'CB01',
    toUnit: 'CB03',
    date: '2026-09-01',
  },
  {
    kind: 'transfer_in_unmatched',
    member: { fullName: 'Trần Văn Cường', birthDate: '1979-12-31', partyCardNumber: '87654321', unitCode: 'CB02' },
    fromUnit: 'CB01',
    toUnit: 'CB02',
    date: '2026-07-15',
  },
  {
    kind: 'duplicate_card',
    cardNumber: '11112222',
    holders: [
      { unitCode: 'CB01', fullName: 'Phạm Thị Cúc', birthDate: '1970-05-06' },
      { unitCode: 'CB02', fullName: 'Vũ Thị Hà', birthDate: '1975-07-08' },
    ],
  },
  { kind: 'opening_mismatch', unitCode: 'CB01', scope: 'unit', opening: 12, previousClosing: 11, previousPeriod: '2026-Q2' },
  { kind: 'opening_mismatch', unitCode: 'DU05', scope: 'subtree', opening: 40, previousClosing: 41, previousPeriod: '2025' },
  { kind: 'identity_violated', unitCode: 'CB03', sourceUnitCode: 'DU05', opening: 10, added: 1, lost: 0, closing: 12 },
];

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

describe('the cross-unit checks list', () => {
  it('lists each kind of finding under its heading, in plain Vietnamese with dd/mm/yyyy dates', async () => {
    renderWithApp(<CheckList findings={FINDINGS} />, noStore);
    expect(screen.getByRole('heading', { level: 2, name: checks.title })).toBeInTheDocument();
    expect(screen.queryByText(checks.none)).not.toBeInTheDocument();

    const outs = screen.getByRole('list', { name: `${checks.kinds.transfer_out_unmatched} (2)` });
    expect(within(outs).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Đảng viên Nguyễn Văn An (thẻ 12345678) chuyển đi từ CB01 sang CB02 ngày 05/08/2026 nhưng CB02 chưa ghi chuyển đến.',
      'Đảng viên Lê Thị Bình (sinh ngày 02/01/1990) chuyển đi từ CB01 sang CB03 ngày 01/09/2026 nhưng CB03 chưa ghi chuyển đến.',
    ]);
    expect(screen.getByRole('list', { name: `${checks.kinds.transfer_in_unmatched} (1)` })).toHaveTextContent(
      'Đảng viên Trần Văn Cường (thẻ 87654321) chuyển đến CB02 từ CB01 ngày 15/07/2026 nhưng CB01 chưa ghi chuyển đi và vẫn tính đồng chí trong đảng số.',
    );
    expect(screen.getByRole('list', { name: `${checks.kinds.duplicate_card} (1)` })).toHaveTextContent(
      'Số thẻ 11112222 được ghi cho 2 đảng viên đang sinh hoạt: Phạm Thị Cúc, sinh ngày 06/05/1970, ở CB01; Vũ Thị Hà, sinh ngày 08/07/1975, ở CB02.',
    );
    const openings = screen.getByRole('list', { name: `${checks.kinds.opening_mismatch} (2)` });
    expect(within(openings).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'CB01: đảng số đầu kỳ là 12 nhưng đảng số cuối quý II năm 2026 là 11.',
      'DU05 (tính cả các đơn vị trực thuộc): đảng số đầu kỳ là 40 nhưng đảng số cuối năm 2025 là 41.',
    ]);
    expect(screen.getByRole('list', { name: `${checks.kinds.identity_violated} (1)` })).toHaveTextContent(
      'Số liệu của CB03 trong tệp do DU05 gửi không khớp: đầu kỳ 10 + tăng 1 − giảm 0 = 11, nhưng đảng số cuối kỳ là 12.',
    );
    // What to do is said under each heading.
    expect(screen.getByText(checks.hints.duplicate_card)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(5);
    expect(await violations()).toEqual([]);
  });

  it('says so when there is nothing to look into', async () => {
    renderWithApp(<CheckList findings={[]} />, noStore);
    expect(screen.getByRole('heading', { level: 2, name: checks.title })).toBeInTheDocument();
    expect(screen.getByText(checks.none)).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(await violations()).toEqual([]);
  });

  it('speaks English when the user chose it', () => {
    renderWithApp(<CheckList findings={FINDINGS.slice(0, 1)} />, { ...noStore, language: 'en' });
    expect(screen.getByRole('heading', { level: 2, name: 'Cross-unit checks' })).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Member Nguyễn Văn An (card 12345678) transferred out of CB01 to CB02 on 05/08/2026, but CB02 has not recorded the transfer in.',
    );
  });
});
