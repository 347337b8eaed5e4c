import { z } from 'zod';
import type { IsoDate } from '../dates/calendar';
import type { OrgKind } from '../org/kinds';
import { orgCodeSchema } from '../org/schemas';
import type { MemberEvent } from './events';
import { dateSchema } from './fields';
import { GENDERS, THEORY_LEVELS, type Gender, type TheoryLevel } from './levels';
import type { MemberRecord } from './record';
import { MEMBER_STATUSES, type MemberState, type MemberStatus } from './state-types';

/** Age bands of the indicator catalogue (members.age_18_30 …). */
export const AGE_BANDS = ['18_30', '31_40', '41_50', '51_60', '61_70', 'over_70'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const memberListQuerySchema = z
  .object({
    /** Matched against the name, card number and citizen ID, ignoring case, marks and đ. */
    search: z.string().max(200).optional(),
    statuses: z.array(z.enum(MEMBER_STATUSES)).optional(),
    unitCode: orgCodeSchema.optional(),
    gender: z.enum(GENDERS).optional(),
    ageBand: z.enum(AGE_BANDS).optional(),
    theoryLevel: z.union([z.enum(THEORY_LEVELS), z.literal('none')]).optional(),
    /** The day statuses and ages are computed for; today when absent. */
    asOf: dateSchema.optional(),
  })
  .strict();
export type MemberListQuery = z.input<typeof memberListQuerySchema>;

export interface MemberRow {
  id: number;
  fullName: string;
  gender: Gender;
  birthDate: IsoDate;
  age: number;
  unitCode: string;
  unitName: string;
  status: MemberStatus;
  partyCardNumber: string | null;
  theoryLevel: TheoryLevel | null;
  admittedOn: IsoDate | null;
  officialOn: IsoDate | null;
}

export interface MemberList {
  asOf: IsoDate;
  /** In register order: tên, tên đệm, họ. */
  rows: MemberRow[];
  /** Members in the register before filtering. */
  total: number;
}

export interface MemberDetail {
  id: number;
  unitCode: string;
  unitName: string;
  record: MemberRecord;
  /** Oldest first. */
  events: MemberEvent[];
  state: MemberState;
}

/** One change in a member's story: to the record or to one of the events. */
export interface AuditEntry {
  id: number;
  at: string;
  entity: 'member' | 'event';
  entityId: number;
  action: 'create' | 'update' | 'delete';
  before: unknown;
  after: unknown;
}

export interface OrgUnit {
  code: string;
  name: string;
  kind: OrgKind;
  parentCode: string | null;
  closedOn: IsoDate | null;
  isHome: boolean;
}

/** A file crossing the API (template, export, import): its name and its bytes in base64. */
export const fileSchema = z.object({
  fileName: z.string().min(1).max(255),
  base64: z.string().max(64 * 1024 * 1024, 'validation.file_too_large'),
});
export type FilePayload = z.output<typeof fileSchema>;

export interface ImportProblem {
  sheet: string;
  /** The spreadsheet's own row number (1 is the header). */
  row: number;
  column: string;
  value: string;
  /** i18n key and its values. */
  reason: string;
  params?: Record<string, string | number>;
}

export interface ImportPreview {
  ok: boolean;
  members: { row: number; fullName: string; unitCode: string; partyCardNumber: string | null; events: number }[];
  eventCount: number;
  problems: ImportProblem[];
}

export interface ImportResult {
  added: number;
  events: number;
  backupPath: string | null;
}
