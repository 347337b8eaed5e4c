import type { IsoDate } from '../../dates/calendar';
import type { ContentFigures, ContentReport } from '../content';

/**
 * Cross-unit checks (issue 6): what a committee should look at across the data of its units for a period. Each finding
 * is a warning to investigate, never a refusal: the files were signed by their units and are kept as received.
 */

/** One unit's data for the period, as a content document: the register's own, or a received (or nested) file's. */
export interface CheckSource {
  /** The unit that produced the document (the home unit for the register's own data). */
  unitCode: string;
  unitName: string;
  /** `register`: this register's own data; `file`: an accepted file (`revision` set); `nested`: a file inside one. */
  origin: 'register' | 'file' | 'nested';
  revision: number | null;
  content: ContentFigures;
  /**
   * The same unit's document for the period that ends the day before this one starts (Q2 before Q3, the previous
   * year or its Q4 before Q1/H1/9M/year), when one is known here; null otherwise.
   */
  previous: { period: string; report: ContentReport } | null;
}

/** A unit known anywhere in the data (the register's tree and every file's units): what `otherUnit` texts resolve to. */
export interface KnownUnit {
  code: string;
  name: string;
}

/** Who a finding is about: enough for a person to find the member in both registers. */
export interface FindingMember {
  fullName: string;
  birthDate: IsoDate;
  partyCardNumber: string | null;
  unitCode: string;
}

export type CrossUnitFinding =
  /** A transfer out of `fromUnit` to `toUnit` (a unit whose data is here) with no transfer in recorded at `toUnit`. */
  | { kind: 'transfer_out_unmatched'; member: FindingMember; fromUnit: string; toUnit: string; date: IsoDate }
  /**
   * A transfer in at `toUnit` from `fromUnit` (a unit whose data is here) while `fromUnit` still counts the member, with
   * no transfer out recorded there.
   */
  | { kind: 'transfer_in_unmatched'; member: FindingMember; fromUnit: string; toUnit: string; date: IsoDate }
  /**
   * The unit's opening this period differs from its closing (đảng số) at the end of the previous period: its own row
   * (`unit`: members registered directly in it) or, for a document's producer, its whole subtree (`subtree`).
   */
  | {
      kind: 'opening_mismatch';
      unitCode: string;
      scope: 'unit' | 'subtree';
      opening: number;
      previousClosing: number;
      previousPeriod: string;
    }
  /** The membership balance fails inside a unit's document: opening + added − lost ≠ closing. */
  | {
      kind: 'identity_violated';
      /** The unit whose own balance fails, and the unit whose document says so. */
      unitCode: string;
      sourceUnitCode: string;
      opening: number;
      added: number;
      lost: number;
      closing: number;
    }
  /** The same party card number held by members counted in different units (or twice in one). */
  | { kind: 'duplicate_card'; cardNumber: string; holders: { unitCode: string; fullName: string; birthDate: IsoDate }[] };

export type CrossUnitFindingKind = CrossUnitFinding['kind'];
