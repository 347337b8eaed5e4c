import type { OrgKind } from '../org/kinds';
import { ruleTable } from './dated';

/**
 * How much a member owes a month, by income basis. Rates are in basis points of the income (100 = 1%) so the money
 * stays in whole đồng. `salaryOfPreviousMonth`: the wage of the month before is the base (QĐ 01: "tiền lương làm căn cứ
 * đóng bảo hiểm xã hội bắt buộc của tháng trước liền kề"). `studentFixedVnd`: a pupil's or student's fixed monthly
 * amount; null where the national rule sets none and the amount set for the member (entered with the basis) applies.
 * Members of the `other` basis always owe the amount set for them.
 */
export interface DuesRates {
  salaryBasisPoints: number;
  salaryOfPreviousMonth: boolean;
  pensionBasisPoints: number;
  studentFixedVnd: number | null;
}

export const DUES_RATES = ruleTable<DuesRates>('party dues rates', [
  {
    from: '2011-04-01',
    value: { salaryBasisPoints: 100, salaryOfPreviousMonth: false, pensionBasisPoints: 50, studentFixedVnd: null },
    source:
      'Quyết định 342-QĐ/TW ngày 28/12/2010 (hiệu lực 1/4/2011), mục B-I; Công văn 141-CV/VPTW/nb ngày 17/3/2011. ' +
      'Học sinh, sinh viên và đảng viên khác: mức cụ thể do cấp ủy tỉnh quy định trong khung 2.000–30.000 đ (verify)',
  },
  {
    from: '2026-02-01',
    value: { salaryBasisPoints: 100, salaryOfPreviousMonth: true, pensionBasisPoints: 50, studentFixedVnd: 5000 },
    source: 'Quy định 01-QĐ/TW ngày 3/2/2026 (hiệu lực 1/2/2026), Điều 3 (verify số điều)',
  },
]);

/**
 * Exemptions and reductions. `reductionPercents`: the shares a reduction may take (null: any whole percent the cell
 * decides); `maxMonths`: the longest window one decision may grant to a hardship relief (null: no limit written);
 * `exemptPartyAgeYears`: party age from which a member owes nothing, without applying (null: no such exemption).
 */
export interface DuesReliefRules {
  reductionPercents: readonly number[] | null;
  maxMonths: number | null;
  exemptPartyAgeYears: number | null;
}

export const DUES_RELIEFS = ruleTable<DuesReliefRules>('party dues reliefs', [
  {
    from: '2011-04-01',
    value: { reductionPercents: null, maxMonths: null, exemptPartyAgeYears: null },
    source: 'Quyết định 342-QĐ/TW ngày 28/12/2010: đảng viên có khó khăn được chi bộ xét miễn, giảm (verify mức giảm và thời hạn)',
  },
  {
    from: '2026-02-01',
    value: { reductionPercents: [30, 50, 70], maxMonths: 12, exemptPartyAgeYears: 50 },
    source: 'Quy định 01-QĐ/TW ngày 3/2/2026 (hiệu lực 1/2/2026), Điều 5 khoản 1',
  },
]);

/**
 * Who owes dues to this cell in a month. `exemptFromActivityPays`: a member exempt from party work and meetings (miễn
 * sinh hoạt) still pays. `temporaryPaysAt`: a member on a temporary transfer pays at the cell where they attend
 * (`attending_cell`: owed here by those attached here, not by those away) or at their home cell (`home_cell`).
 */
export interface DuesLiability {
  exemptFromActivityPays: boolean;
  temporaryPaysAt: 'attending_cell' | 'home_cell';
}

export const DUES_LIABILITY = ruleTable<DuesLiability>('party dues liability', [
  {
    from: '2009-03-26',
    value: { exemptFromActivityPays: true, temporaryPaysAt: 'attending_cell' },
    source:
      'Hướng dẫn 27-HD/BTCTW ngày 26/3/2009 (đảng viên miễn sinh hoạt vẫn đóng đảng phí); ' +
      'đảng viên sinh hoạt tạm thời đóng ở nơi sinh hoạt tạm thời (verify)',
  },
  {
    from: '2026-02-01',
    value: { exemptFromActivityPays: true, temporaryPaysAt: 'attending_cell' },
    source:
      'Quy định 01-QĐ/TW ngày 3/2/2026, Điều 5 khoản 2 (đảng viên tạm miễn sinh hoạt được chậm đóng hoặc đóng trước, ' +
      'không được miễn); đảng viên sinh hoạt tạm thời đóng ở nơi sinh hoạt tạm thời (verify)',
  },
]);

/** Months without paying in one calendar year, without good reason, after which the cell proposes removal. */
export const DUES_REMOVAL_WARNING = ruleTable<{ unpaidMonthsInYear: number }>('party dues removal warning', [
  {
    from: '2011-01-19',
    value: { unpaidMonthsInYear: 3 },
    source: 'Điều lệ Đảng (Đại hội XI, 19/1/2011), Điều 8 khoản 2',
  },
  {
    from: '2026-02-01',
    value: { unpaidMonthsInYear: 3 },
    source: 'Quy định 01-QĐ/TW ngày 3/2/2026, Điều 2 khoản 1; Điều lệ Đảng, Điều 8 khoản 2',
  },
]);

/**
 * The share of the dues collected that the organisation keeps, in percent, by the kind of organisation keeping the
 * register; the rest goes to the committee above. null where this register does not collect dues from members.
 */
export type DuesRetention = Readonly<Record<OrgKind, number | null>>;

export const DUES_RETENTION = ruleTable<DuesRetention>('party dues retention', [
  {
    from: '2011-04-01',
    value: { chi_bo: 30, dang_bo_bo_phan: 30, chi_bo_co_so: 70, dang_bo_co_so: 70, cap_tren: null },
    source:
      'Quyết định 342-QĐ/TW ngày 28/12/2010, mục B-III; Công văn 141-CV/VPTW/nb ngày 17/3/2011, mục II.1 ' +
      '(verify: chi bộ trực thuộc giữ 30%, tổ chức cơ sở đảng giữ 70%, ở xã, phường, thị trấn 90%)',
  },
  {
    from: '2026-02-01',
    value: { chi_bo: 30, dang_bo_bo_phan: 30, chi_bo_co_so: 70, dang_bo_co_so: 70, cap_tren: null },
    source: 'Quy định 01-QĐ/TW ngày 3/2/2026: tỷ lệ phân bổ chưa đối chiếu, tạm giữ tỷ lệ của Quyết định 342-QĐ/TW (verify)',
  },
]);
