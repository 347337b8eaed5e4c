import { z } from 'zod';
import { ORG_KINDS } from '../org/kinds';
import { contentEventSchema, contentMemberRecordSchema, contentMemberStateSchema, type ContentEvent } from './content';
import { unitCodeSchema } from './manifest';

/**
 * The content document of a member transfer file, version 1: one member's whole record and every event of theirs in
 * the sending register, the official transfer out that makes the file, and what the events said of the member as
 * they left. The record, event and state objects are the period file's own (shared/exchange/content.ts). Strict, no
 * missing keys (absent values are `null`), and transforms nothing, like the period file's content.
 */

export const TRANSFER_CONTENT_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const nullableText = z.string().nullable();

export const transferOutSchema = z.strictObject({
  date: isoDate,
  /** Where the member goes, as the sending unit wrote it. */
  otherUnit: z.string().min(1),
  decisionNumber: nullableText,
  issuedBy: nullableText,
  note: nullableText,
});

export const transferContentSchema = z.strictObject({
  contentVersion: z.literal(TRANSFER_CONTENT_VERSION),
  member: z.strictObject({
    /** The member's id in the sending register: every event's `memberId`. */
    id: z.number().int().positive(),
    /** The unit the member was registered in there: the producer or a unit it manages directly. */
    unit: z.strictObject({ code: unitCodeSchema, name: z.string().min(1), kind: z.enum(ORG_KINDS) }),
    record: contentMemberRecordSchema,
  }),
  /** The official transfer out, as the last of the member's presence events records it. */
  transferOut: transferOutSchema,
  /** The member's state on the transfer-out day, computed from the events before the transfer out. */
  stateOnTransfer: contentMemberStateSchema,
  /** Every event of the member in the sending register, the transfer out included, oldest first (date, seq). */
  events: z.array(contentEventSchema),
});

export type TransferContent = z.output<typeof transferContentSchema>;
export type TransferOut = z.output<typeof transferOutSchema>;

/** Events that say where the member is: the last of them in a transfer file is its official transfer out. */
export const PRESENCE_EVENTS: readonly ContentEvent['type'][] = [
  'transferred_in',
  'transferred_out',
  'temporary_in',
  'temporary_in_end',
  'temporary_out',
  'temporary_out_return',
];

/**
 * Events about the sending register's own đảng số: where the member was (arrivals, departures, temporary stays) and
 * exemptions, which the cell the member belongs to decides and which do not follow the member elsewhere. The
 * receiving register records none of them: it starts the member's presence with its own transfer in.
 */
export const SENDER_ONLY_EVENTS: readonly ContentEvent['type'][] = [...PRESENCE_EVENTS, 'exemption_start', 'exemption_end'];
