import { z } from 'zod';
import type { IsoDate } from '../dates/calendar';
import type { OrgKind } from '../org/kinds';
import { ORG_KINDS } from '../org/kinds';
import type { CrossUnitFinding } from './checks/findings';
import { unitCodeSchema } from './manifest';

/**
 * Which units have sent their period file (issue 6, completeness). A unit directly below the home unit is expected to
 * send one unless it is managed directly in this register (its members are kept here); a received file carries its
 * producer's own board, so an upper committee sees the cells two levels down.
 */

/** `received`: a file is accepted; `missing`: expected, none yet; `direct`: managed in the register, no file expected. */
export const COMPLETENESS_STATUSES = ['received', 'missing', 'direct'] as const;
export type CompletenessStatus = (typeof COMPLETENESS_STATUSES)[number];

/** A type rather than an interface: the content document (plain JSON) holds it, and only a type is assignable to JSON. */
export type CompletenessEntry = {
  code: string;
  name: string;
  kind: OrgKind;
  status: CompletenessStatus;
  /** The latest accepted revision; null unless received. */
  revision: number | null;
  /** When the first accepted file of the period arrived (ISO time, UTC); lateness is judged on it. */
  firstReceivedAt: string | null;
  /** When the latest revision arrived. */
  receivedAt: string | null;
  /** A later revision replaced the first one. */
  corrected: boolean;
  /** Received after the deadline's day, or still missing after it. */
  late: boolean;
  /** The unit's own board as its file says (a committee's units), empty otherwise. */
  units: CompletenessEntry[];
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

/** The entry as the content document carries it (docs/exchange-format.md §12): strict, recursive. */
export const completenessEntrySchema: z.ZodType<CompletenessEntry> = z.strictObject({
  code: unitCodeSchema,
  name: z.string().min(1),
  kind: z.enum(ORG_KINDS),
  status: z.enum(COMPLETENESS_STATUSES),
  revision: z.number().int().min(1).nullable(),
  firstReceivedAt: isoTime.nullable(),
  receivedAt: isoTime.nullable(),
  corrected: z.boolean(),
  late: z.boolean(),
  get units() {
    return z.array(completenessEntrySchema);
  },
});

/** The content document's `completeness` section: the producer's board when it made the file. */
export const contentCompletenessSchema = z.strictObject({
  /** The producer's deadline for its units' files of the period; null for a cell (no units report to it). */
  deadline: isoDate.nullable(),
  units: z.array(completenessEntrySchema),
});
export type ContentCompleteness = z.output<typeof contentCompletenessSchema>;

/** Counts at one depth below the home unit (1: its own units; 2: theirs, as their files say; …). */
export interface CompletenessLevel {
  depth: number;
  expected: number;
  received: number;
  late: number;
  corrected: number;
  missing: number;
}

export interface CompletenessDeadline {
  period: string;
  dueOn: IsoDate;
  /** `set`: chosen by this committee for the period; `default`: the rule's number of days after the period. */
  source: 'set' | 'default';
  /** The rule's citation when `default`. */
  rule: string | null;
}

export interface CompletenessBoard {
  period: string;
  /** The period's last day. */
  asOf: IsoDate;
  generatedOn: IsoDate;
  home: { code: string; name: string; kind: OrgKind };
  deadline: CompletenessDeadline;
  units: CompletenessEntry[];
  /** Depth 1 first; a level appears once anything is expected there. */
  levels: CompletenessLevel[];
  /** Cross-unit checks over the register and every readable file of the period. */
  checks: CrossUnitFinding[];
  /** Files nested in received files whose content could not be read here (encrypted to the unit in between). */
  unreadable: { unitCode: string; insideUnitCode: string }[];
}
