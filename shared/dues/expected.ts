import type { MemberState, MemberStatus } from '../members/state-types';
import { findRuleOn } from '../rules/dated';
import { DUES_LIABILITY, DUES_RATES, DUES_RELIEFS } from '../rules/dues';
import type { BasisCategory, ReliefKind, ReliefReason } from './kinds';
import { firstDayOf, shiftMonth, type DuesMonth } from './months';

/** A member's income basis from a month on, until the next one. */
export interface IncomeBasis {
  id: number;
  fromMonth: DuesMonth;
  category: BasisCategory;
  /** The monthly wage or pension; for `student` and `other`, the monthly dues amount set for the member. */
  amountVnd: number | null;
  note: string | null;
}

/** An exemption or reduction granted for a window of months; `toMonth` null while open-ended. */
export interface Relief {
  id: number;
  fromMonth: DuesMonth;
  toMonth: DuesMonth | null;
  kind: ReliefKind;
  reason: ReliefReason;
  /** For a reduction: the share taken off, in percent. */
  percent: number | null;
  note: string | null;
}

/** The relief that applies in a month: one granted on application, or the automatic one for party age. */
export type AppliedRelief =
  | { kind: 'exemption'; reason: ReliefReason; reliefId: number }
  | { kind: 'exemption'; reason: 'party_age'; years: number; rule: string }
  | { kind: 'reduction'; reason: ReliefReason; percent: number; reliefId: number };

/** Why a month due here has no expected amount. */
export type MissingReason = 'no_basis' | 'no_rule' | 'no_amount';

/** What a member owes this cell for one month. */
export interface MonthDue {
  month: DuesMonth;
  /** The member's status on the month's last day. */
  status: MemberStatus;
  /** Whether the member owes dues to this cell that month (see `owesHere`). */
  dueHere: boolean;
  /** The basis in force that month. */
  basis: IncomeBasis | null;
  /** The amount before any relief; null when it cannot be computed. */
  baseVnd: number | null;
  relief: AppliedRelief | null;
  /** What is owed after reliefs; 0 when not due here or exempt; null when it cannot be computed (`missing`). */
  expectedVnd: number | null;
  missing: MissingReason | null;
  /** The rate's citation, when a rate was applied. */
  rateRule: string | null;
}

/**
 * Whether the member owes dues to this cell on a day, by the liability rule in force: members registered here and in
 * the party, exempt ones included when the rule says so; a member on a temporary transfer where the rule says they pay.
 */
export function owesHere(state: MemberState): boolean {
  if (!state.inParty) return false;
  const liability = findRuleOn(DUES_LIABILITY, state.asOf)?.value;
  if (!liability) return false;
  if (state.exempt && !liability.exemptFromActivityPays) return false;
  if (liability.temporaryPaysAt === 'attending_cell') {
    return (state.countedHere && !state.temporarilyAway) || state.temporarilyAttached;
  }
  return state.countedHere;
}

/** The basis in force in `month`: the latest starting on or before it. `bases` oldest first. */
export function basisIn(bases: readonly IncomeBasis[], month: DuesMonth): IncomeBasis | null {
  let found: IncomeBasis | null = null;
  for (const basis of bases) {
    if (basis.fromMonth > month) break;
    found = basis;
  }
  return found;
}

const inWindow = (relief: Relief, month: DuesMonth) =>
  relief.fromMonth <= month && (relief.toMonth === null || month <= relief.toMonth);

/** Whole đồng of `amount` × `basisPoints` / 10 000, rounded half up. */
const share = (amount: number, basisPoints: number) => Math.round((amount * basisPoints) / 10000);

function baseAmount(basis: IncomeBasis, bases: readonly IncomeBasis[], month: DuesMonth): { vnd: number | null; rule: string | null; missing: MissingReason | null } {
  const rates = findRuleOn(DUES_RATES, firstDayOf(month));
  if (!rates) return { vnd: null, rule: null, missing: 'no_rule' };
  const rule = rates.source;
  const { value } = rates;
  const amount = (vnd: number | null) => (vnd === null ? { vnd: null, rule, missing: 'no_amount' as const } : { vnd, rule, missing: null });
  switch (basis.category) {
    case 'salary': {
      // The wage of the month before, when it was a wage too; a first month on a wage has no earlier one to take.
      const previous = value.salaryOfPreviousMonth ? basisIn(bases, shiftMonth(month, -1)) : null;
      const wage = previous?.category === 'salary' ? previous.amountVnd : basis.amountVnd;
      return amount(wage === null ? null : share(wage, value.salaryBasisPoints));
    }
    case 'pension':
      return amount(basis.amountVnd === null ? null : share(basis.amountVnd, value.pensionBasisPoints));
    case 'student':
      return amount(value.studentFixedVnd ?? basis.amountVnd);
    case 'other':
      return amount(basis.amountVnd);
  }
}

/** The relief in force in `month`: party age first (it needs no application), then one granted for the month. */
function reliefIn(state: MemberState, reliefs: readonly Relief[], month: DuesMonth): AppliedRelief | null {
  const rules = findRuleOn(DUES_RELIEFS, firstDayOf(month));
  const years = rules?.value.exemptPartyAgeYears ?? null;
  if (rules && years !== null && state.partyAgeMonths >= years * 12) {
    return { kind: 'exemption', reason: 'party_age', years, rule: rules.source };
  }
  const granted = reliefs.find((relief) => inWindow(relief, month));
  if (!granted) return null;
  if (granted.kind === 'exemption') return { kind: 'exemption', reason: granted.reason, reliefId: granted.id };
  return { kind: 'reduction', reason: granted.reason, percent: granted.percent ?? 0, reliefId: granted.id };
}

/**
 * What the member owes this cell for `month`, from their state on the month's last day (`memberStateOn(events,
 * lastDayOf(month))`), their income bases (oldest first) and reliefs, under the rules in force on the month's first
 * day. A member who joins during a month owes it; one who leaves during a month owes it where they went.
 */
export function monthDue(state: MemberState, bases: readonly IncomeBasis[], reliefs: readonly Relief[], month: DuesMonth): MonthDue {
  const dueHere = owesHere(state);
  const basis = basisIn(bases, month);
  const none = { month, status: state.status, dueHere, basis, relief: null, rateRule: null };
  if (!dueHere) return { ...none, baseVnd: null, expectedVnd: 0, missing: null };
  const relief = reliefIn(state, reliefs, month);
  const base = basis ? baseAmount(basis, bases, month) : { vnd: null, rule: null, missing: 'no_basis' as const };
  const common = { ...none, relief, baseVnd: base.vnd, rateRule: base.rule };
  if (relief?.kind === 'exemption') return { ...common, expectedVnd: 0, missing: null };
  if (base.vnd === null) return { ...common, expectedVnd: null, missing: base.missing };
  const expectedVnd = relief ? base.vnd - Math.round((base.vnd * relief.percent) / 100) : base.vnd;
  return { ...common, expectedVnd, missing: null };
}
