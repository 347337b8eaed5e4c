import { z } from 'zod';
import { ACTIVITIES, BASES, DIRECTIONS, INSPECTION_KINDS } from '../inspections/kinds';
import { MEETING_KINDS, PRESENCES } from '../meetings/kinds';
import { EVENT_TYPES } from '../members/events';
import { ACADEMIC_TITLES, GENDERS, QUALIFICATIONS, THEORY_LEVELS } from '../members/levels';
import { MEMBER_STATUSES } from '../members/state-types';
import { ORG_KINDS } from '../org/kinds';
import { RATING_LEVELS } from '../ratings/levels';
import { contentCompletenessSchema } from './completeness';
import { unitCodeSchema } from './manifest';

/**
 * The content document of an exchange file, version 1 (docs/exchange-format.md §12): what a unit sends upward for a
 * period, enough for its parent to read the figures and to recompute them from the members' events. Every object is
 * strict (the writer and the reader are this schema); absent values are `null`, never missing keys. The schema
 * transforms nothing, so what the import validates is what the export wrote.
 */

export const CONTENT_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const nullableText = z.string().nullable();
const id = z.number().int().positive();
const count = z.number().int().min(0);
const periodCode = z.string().regex(/^\d{4}(?:-(?:Q[1-4]|H1|9M))?$/);

/**
 * Indicator catalogue key → value (shared/reports/indicators.ts). A record rather than a fixed object because the
 * catalogue may gain keys; a key never changes meaning. `null` where a figure does not apply (e.g. a rate without
 * meetings).
 */
export const contentIndicatorsSchema = z.record(z.string().regex(/^[a-z0-9_]+\.[a-z0-9_]+$/), z.number().nullable());

export const contentIdentitySchema = z.strictObject({
  opening: z.number().int(),
  added: z.number().int(),
  lost: z.number().int(),
  expectedClosing: z.number().int(),
  closing: z.number().int(),
  holds: z.boolean(),
});

const countRows = z.array(z.strictObject({ code: z.string().min(1), count: z.number().int().min(1) }));

/**
 * Forms 2-TCTW and 4-TCTW over the producer's whole subtree, its units' files included, so that a committee two levels
 * up can consolidate them without reading the nested files (which may be encrypted to the committee in between).
 */
export const contentCompositionSchema = z.strictObject({
  /** Admitted during the period, by date then register order. */
  admissions: z.array(
    z.strictObject({
      unitCode: unitCodeSchema,
      fullName: z.string().min(1),
      gender: z.enum(GENDERS),
      birthDate: isoDate,
      ageAtAdmission: count,
      ethnicity: z.string().regex(/^\d{2}$/),
      religion: z.string().min(1),
      qualification: z.enum(QUALIFICATIONS).nullable(),
      admittedOn: isoDate,
    }),
  ),
  /** Members counted on the last day by ethnicity code, then by religion code; codes nobody holds left out. */
  ethnicities: countRows,
  religions: countRows,
});

export const contentReportSchema = z.strictObject({
  /** The producer's whole subtree, as of the period's last day. */
  indicators: contentIndicatorsSchema,
  /** Each unit's own figures (members registered directly in it), in tree order. */
  units: z.array(
    z.strictObject({
      code: unitCodeSchema,
      name: z.string().min(1),
      kind: z.enum(ORG_KINDS),
      parentCode: unitCodeSchema.nullable(),
      indicators: contentIndicatorsSchema,
    }),
  ),
  identity: contentIdentitySchema,
  identityViolations: z.array(z.strictObject({ unitCode: unitCodeSchema, identity: contentIdentitySchema })),
  composition: contentCompositionSchema,
});

/** The member's record, every field present (`null` when not given). Codes as the register stores them. */
export const contentMemberRecordSchema = z.strictObject({
  fullName: z.string().min(1),
  gender: z.enum(GENDERS),
  birthDate: isoDate,
  birthName: nullableText,
  birthPlace: nullableText,
  hometown: nullableText,
  permanentAddress: nullableText,
  temporaryAddress: nullableText,
  ethnicity: z.string().regex(/^\d{2}$/),
  religion: z.string().min(1),
  citizenId: nullableText,
  phone: nullableText,
  occupation: nullableText,
  position: nullableText,
  generalEducation: nullableText,
  qualification: z.enum(QUALIFICATIONS).nullable(),
  academicTitle: z.enum(ACADEMIC_TITLES).nullable(),
  theoryLevel: z.enum(THEORY_LEVELS).nullable(),
  partyCardNumber: nullableText,
  note: nullableText,
});

/** What the events say about the member on the period's last day (computed by replaying them). */
export const contentMemberStateSchema = z.strictObject({
  status: z.enum(MEMBER_STATUSES),
  /** Counted in the producer's đảng số (temporarily attached members are not: they are counted at home). */
  countedHere: z.boolean(),
  temporarilyAttached: z.boolean(),
  admittedOn: isoDate.nullable(),
  officialOn: isoDate.nullable(),
  probationEndsOn: isoDate.nullable(),
  /** Whole months in the party, gaps excluded. */
  partyAgeMonths: count,
});

export const contentMemberSchema = z.strictObject({
  /** The member's id in the producer's register: the key events, attendance and ratings refer to. */
  id,
  unitCode: unitCodeSchema,
  record: contentMemberRecordSchema,
  state: contentMemberStateSchema,
});

/**
 * One dated event of a snapshot member. `details` holds the event's other fields by their names in
 * shared/members/events.ts (`decisionNumber`, `issuedBy`, `note`, `ceremonyDate`, `otherUnit`, `form`, `years`,
 * `title`), only those given.
 */
export const contentEventSchema = z.strictObject({
  memberId: id,
  type: z.enum(EVENT_TYPES),
  date: isoDate,
  /** Order among the member's events of the same day. */
  seq: z.number().int(),
  details: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const contentMeetingSchema = z.strictObject({
  id,
  kind: z.enum(MEETING_KINDS),
  date: isoDate,
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  endTime: z.string().regex(/^\d{2}:\d{2}$/),
  place: nullableText,
  chair: nullableText,
  secretary: nullableText,
  agenda: nullableText,
  conclusions: nullableText,
  resolution: nullableText,
  attendance: z.array(z.strictObject({ memberId: id, presence: z.enum(PRESENCES), reason: nullableText })),
  guests: z.array(z.strictObject({ name: z.string().min(1), position: nullableText, body: nullableText, upperLevel: z.boolean() })),
});

export const contentKtgsSchema = z.strictObject({
  id,
  direction: z.enum(DIRECTIONS),
  activity: z.enum(ACTIVITIES),
  kind: z.enum(INSPECTION_KINDS),
  basis: z.enum(BASES),
  conductedBy: z.string().min(1),
  team: nullableText,
  startDate: isoDate,
  endDate: isoDate.nullable(),
  /** Exactly one of the two: the unit inspected (its code) or the member (a snapshot member's id when listed). */
  subjectUnitCode: unitCodeSchema.nullable(),
  subjectMemberId: id.nullable(),
  content: nullableText,
  strengths: nullableText,
  shortcomings: nullableText,
  violation: z.boolean(),
  conclusion: nullableText,
  recommendations: z.array(
    z.strictObject({
      position: z.number().int().min(1),
      content: z.string().min(1),
      deadline: isoDate,
      responsible: nullableText,
      doneOn: isoDate.nullable(),
      note: nullableText,
    }),
  ),
});

/**
 * `year_sheet`: the period ends in December (Q4 or the year), so the year's rating is complete. `recorded_so_far`:
 * the rows recorded by the period's export for the year the period ends in, which may still change.
 */
export const RATINGS_SCOPES = ['year_sheet', 'recorded_so_far'] as const;

export const contentRatingsSchema = z.strictObject({
  year: z.number().int().min(1930).max(2200),
  scope: z.enum(RATINGS_SCOPES),
  members: z.array(
    z.strictObject({ memberId: id, level: z.enum(RATING_LEVELS).nullable(), notRatedReason: nullableText }),
  ),
  units: z.array(z.strictObject({ unitCode: unitCodeSchema, level: z.enum(RATING_LEVELS) })),
});

/** A unit's accepted exchange file, nested byte for byte so that its signature can be checked at every level above. */
export const contentUnitFileSchema = z.strictObject({
  unitCode: unitCodeSchema,
  revision: z.number().int().min(1),
  bundleId: z.string().min(1),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The .scb file exactly as received, standard padded base64. */
  base64: z.string().regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/),
});

export const exchangeContentSchema = z.strictObject({
  contentVersion: z.literal(CONTENT_VERSION),
  /** The period (as in the manifest) and its last day, the day every snapshot figure is of. */
  period: periodCode,
  asOf: isoDate,
  report: contentReportSchema,
  /**
   * Each member counted by the producer at some time in the period, or temporarily attached to it on `asOf`
   * (db/exchange/export/member-snapshot.ts).
   */
  members: z.array(contentMemberSchema),
  /** Every event of those members, oldest first (by member, date, seq). */
  events: z.array(contentEventSchema),
  meetings: z.array(contentMeetingSchema),
  /** Inspection and supervision records whose start date is in the period. */
  ktgs: z.array(contentKtgsSchema),
  ratings: contentRatingsSchema,
  /** A committee's units directly below it: the latest accepted file of each for the same period. Empty for a cell. */
  units: z.array(contentUnitFileSchema),
  /** A committee's board when the file was made: which of its units sent their file (and, through theirs, below). */
  completeness: contentCompletenessSchema,
});

/** Named apart from manifest.ts `ExchangeContent` (any JSON object), which is what the container carries. */
export type ContentDocument = z.output<typeof exchangeContentSchema>;
/** A document's report and member snapshot: what the cross-unit checks read of it. */
export type ContentFigures = Pick<ContentDocument, 'period' | 'asOf' | 'report' | 'members' | 'events'>;
export type ContentMember = z.output<typeof contentMemberSchema>;
export type ContentEvent = z.output<typeof contentEventSchema>;
export type ContentMeeting = z.output<typeof contentMeetingSchema>;
export type ContentKtgs = z.output<typeof contentKtgsSchema>;
export type ContentRatings = z.output<typeof contentRatingsSchema>;
export type ContentUnitFile = z.output<typeof contentUnitFileSchema>;
export type ContentReport = z.output<typeof contentReportSchema>;
export type ContentComposition = z.output<typeof contentCompositionSchema>;

/** The manifest's `counts` for a content document: the number of entries of each list section. */
export function contentCounts(content: ContentDocument): Record<string, number> {
  return {
    events: content.events.length,
    ktgs: content.ktgs.length,
    meetings: content.meetings.length,
    members: content.members.length,
    ratings: content.ratings.members.length + content.ratings.units.length,
    units: content.units.length,
  };
}
