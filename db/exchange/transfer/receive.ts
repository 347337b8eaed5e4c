import { createHash } from 'node:crypto';
import { ApiFailure, type MessageParams } from '../../../shared/api/errors';
import { formatViDate, type IsoDate } from '../../../shared/dates/calendar';
import { PRESENCE_EVENTS, SENDER_ONLY_EVENTS, transferContentSchema, type TransferContent } from '../../../shared/exchange/transfer-content';
import type { TransferSummary, TransferVerdict } from '../../../shared/exchange/transfer-outcome';
import { memberEventSchema, type MemberEventData } from '../../../shared/members/events';
import { memberRecordSchema, type MemberRecord } from '../../../shared/members/record';
import { checkEventHistory, sortEvents } from '../../../shared/members/state';
import type { FilePayload } from '../../../shared/members/views';
import type { Db } from '../../connection';
import { createMember } from '../../members/create';
import { findMemberByCardOrCitizenId } from '../../members/queries';
import { memberUnit } from '../../members/unit';
import { findUnitByCode, type StoredUnit } from '../../organisations/queries';
import { currentPinnedKey } from '../import/pinned-keys';
import type { UnitKeys } from '../keys';
import { findReceivedTransfer, insertReceivedTransfer } from './received';
import { TransferRefusal } from './refusal';
import { readTransferFile, type TransferFileReading } from './transfer-file';

export interface ReceiveRequest {
  file: FilePayload;
  /** The unit of this register to enter the member in; the home unit when absent. */
  unitCode?: string | undefined;
  /** The transfer in's day; today when absent. */
  date?: IsoDate | undefined;
}

export interface ReceiveContext {
  home: StoredUnit;
  decryptWith: readonly UnitKeys[];
  at: Date;
  today: IsoDate;
}

/** What the commit writes for an accepted file: the member as the normal creation path takes it, and the provenance. */
interface Entry {
  record: MemberRecord;
  unit: StoredUnit;
  events: MemberEventData[];
  /** The transfer in's day. */
  date: IsoDate;
  reading: TransferFileReading;
  content: TransferContent;
}

export interface Judged {
  verdict: TransferVerdict;
  entry: Entry | null;
}

const REASON = 'exchange.transfer.reason';

/** Where the content contradicts itself; a field path, or null when it holds together. */
function contentProblem(content: TransferContent): string | null {
  const strayEvent = content.events.findIndex((event) => event.memberId !== content.member.id);
  if (strayEvent >= 0) return `events.${strayEvent}.memberId`;
  const presence = content.events.map((event, index) => ({ ...event, id: index })).filter((event) => PRESENCE_EVENTS.includes(event.type));
  const last = sortEvents(presence).at(-1);
  const out = content.transferOut;
  if (last?.type !== 'transferred_out' || last.date !== out.date || last.details.otherUnit !== out.otherUnit) return 'transferOut';
  return null;
}

function summaryOf(db: Db, reading: TransferFileReading, content: TransferContent, kept: number): TransferSummary {
  const { producer } = reading.manifest;
  const unit = findUnitByCode(db, producer.code);
  const pinned = unit && currentPinnedKey(db, unit.id);
  const { record } = content.member;
  return {
    member: {
      fullName: record.fullName,
      gender: record.gender,
      birthDate: record.birthDate,
      partyCardNumber: record.partyCardNumber,
      citizenId: record.citizenId,
      status: content.stateOnTransfer.status,
      admittedOn: content.stateOnTransfer.admittedOn,
      officialOn: content.stateOnTransfer.officialOn,
    },
    sender: { code: producer.code, name: producer.name, kind: producer.kind },
    senderUnit: { code: content.member.unit.code, name: content.member.unit.name },
    fingerprint: reading.producerKey.fingerprint,
    keyStatus: pinned && pinned.signing_key === reading.producerKey.publicKey ? 'pinned' : 'unknown',
    transferOut: { date: content.transferOut.date, otherUnit: content.transferOut.otherUnit, decisionNumber: content.transferOut.decisionNumber },
    eventsKept: kept,
    eventsInFile: content.events.length,
    encrypted: reading.manifest.encryption !== null,
  };
}

/** The record as this register's own schema reads it (absent, not null); the error's field when it does not. */
function recordOf(content: TransferContent): { record: MemberRecord } | { field: string } {
  const given = Object.fromEntries(Object.entries(content.member.record).filter(([, value]) => value !== null));
  const parsed = memberRecordSchema.safeParse(given);
  return parsed.success ? { record: parsed.data } : { field: `member.record.${parsed.error.issues[0]?.path.join('.') ?? ''}` };
}

/**
 * The member's events here: the sender's history without its presence and exemption events, oldest first, each read
 * by this register's event schema; then the transfer in, naming the unit the member comes from and carrying the
 * transfer's decision. Null with the field when an event does not read.
 */
function eventsOf(content: TransferContent, date: IsoDate): { events: MemberEventData[] } | { field: string } {
  const events: MemberEventData[] = [];
  const kept = sortEvents(content.events.map((event, index) => ({ ...event, id: index }))).filter((event) => !SENDER_ONLY_EVENTS.includes(event.type));
  for (const event of kept) {
    const parsed = memberEventSchema.safeParse({ type: event.type, date: event.date, ...event.details });
    if (!parsed.success) return { field: `events.${event.id}` };
    events.push(parsed.data);
  }
  const from = content.member.unit;
  const out = content.transferOut;
  events.push(
    memberEventSchema.parse({
      type: 'transferred_in',
      date,
      otherUnit: `${from.name.slice(0, 200 - from.code.length - 3)} (${from.code})`,
      ...(out.decisionNumber === null ? {} : { decisionNumber: out.decisionNumber }),
      ...(out.issuedBy === null ? {} : { issuedBy: out.issuedBy }),
    }),
  );
  return { events };
}

/** The input's own faults (the day chosen), on the field at fault, so every host points at it. */
function refuseDate(message: string, params: MessageParams): never {
  throw new ApiFailure('validation', message, params, [{ path: 'date', message, params }]);
}

/**
 * Decides what importing the file does, reading only: the file verified; its content checked; the sender's key
 * against the one pinned here; the same transfer received before; a member here with the same card or citizen ID;
 * the unit and day of arrival; the member's history as it would be here, by the member domain's own check.
 * Faults of the request itself (the unit, the day) are thrown as ApiFailures on their field.
 */
export function judgeTransfer(db: Db, context: ReceiveContext, request: ReceiveRequest): Judged {
  const bytes = Buffer.from(request.file.base64, 'base64');
  const base = {
    fileName: request.file.fileName,
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
    detail: null,
    transfer: null,
    arrival: null,
    memberId: null,
  };
  const refused = (reason: string, params: MessageParams, extra: Partial<TransferVerdict> = {}): Judged => ({
    verdict: { ...base, outcome: 'refused', reason, params, ...extra },
    entry: null,
  });

  let reading: TransferFileReading;
  try {
    reading = readTransferFile(bytes, { decryptWith: context.decryptWith });
  } catch (error) {
    if (!(error instanceof TransferRefusal)) throw error;
    return refused(error.key, error.params ?? {});
  }
  const parsed = transferContentSchema.safeParse(reading.content);
  if (!parsed.success) {
    return refused('exchange.transfer.refusal.content_invalid', { field: parsed.error.issues[0]?.path.join('.') ?? '' });
  }
  const content = parsed.data;
  const inconsistent = contentProblem(content);
  if (inconsistent !== null) return refused('exchange.transfer.refusal.content_invalid', { field: inconsistent });

  const kept = content.events.filter((event) => !SENDER_ONLY_EVENTS.includes(event.type)).length;
  const transfer = summaryOf(db, reading, content, kept + 1);
  const { producer } = reading.manifest;
  const about: MessageParams = {
    name: content.member.record.fullName,
    code: producer.code,
    sender: producer.name,
    fingerprint: transfer.fingerprint,
    outOn: formatViDate(content.transferOut.date),
  };
  const refuse = (reason: string, params: MessageParams = {}) => refused(`${REASON}.${reason}`, { ...about, ...params }, { transfer });

  if (producer.code === context.home.code) return refuse('own_file', { homeName: context.home.name });
  const senderUnit = findUnitByCode(db, producer.code);
  const pinned = senderUnit && currentPinnedKey(db, senderUnit.id);
  if (pinned && pinned.signing_key !== reading.producerKey.publicKey) return refuse('key_changed', { pinnedFingerprint: pinned.fingerprint });

  const before = findReceivedTransfer(db, {
    senderCode: producer.code,
    senderMemberId: content.member.id,
    transferredOutOn: content.transferOut.date,
    bundleId: reading.manifest.bundleId,
  });
  if (before) {
    const params = { ...about, memberName: before.fullName, unit: before.unitName, inOn: formatViDate(before.transferredInOn) };
    return { verdict: { ...base, outcome: 'already', reason: `${REASON}.already`, params, transfer, memberId: before.memberId }, entry: null };
  }

  const recordRead = recordOf(content);
  if ('field' in recordRead) return refused('exchange.transfer.refusal.content_invalid', { field: recordRead.field }, { transfer });
  const { record } = recordRead;
  if (record.partyCardNumber) {
    const holder = findMemberByCardOrCitizenId(db, { partyCardNumber: record.partyCardNumber });
    if (holder) return refuse('duplicate_card', { card: record.partyCardNumber, holder: holder.fullName, unit: holder.unitName });
  }
  if (record.citizenId) {
    const holder = findMemberByCardOrCitizenId(db, { citizenId: record.citizenId });
    if (holder) return refuse('duplicate_citizen_id', { citizenId: record.citizenId, holder: holder.fullName, unit: holder.unitName });
  }

  const unit = memberUnit(db, request.unitCode);
  const date = request.date ?? context.today;
  if (date < content.transferOut.date) {
    refuseDate('exchange.transfer.errors.date_before_transfer_out', { date: formatViDate(date), outOn: formatViDate(content.transferOut.date) });
  }
  if (date > context.today) refuseDate('exchange.transfer.errors.date_in_future', { date: formatViDate(date), today: formatViDate(context.today) });

  const eventsRead = eventsOf(content, date);
  if ('field' in eventsRead) return refused('exchange.transfer.refusal.content_invalid', { field: eventsRead.field }, { transfer });
  const problem = checkEventHistory(eventsRead.events, { birthDate: record.birthDate, today: context.today });
  if (problem) return refused(`${REASON}.history_unfit`, about, { transfer, detail: { message: problem.message, params: problem.params } });

  return {
    verdict: {
      ...base,
      outcome: 'accept',
      reason: `${REASON}.accept`,
      params: { ...about, unit: unit.name, unitCode: unit.code, inOn: formatViDate(date) },
      transfer,
      arrival: { unitCode: unit.code, unitName: unit.name, date },
    },
    entry: { record, unit, events: eventsRead.events, date, reading, content },
  };
}

/**
 * Enters the member of an accepted file, inside the caller's write transaction: through the normal member creation
 * (duplicates refused, the whole history checked, every row audited), then the transfer's provenance. Returns the
 * member's id here.
 */
export function receiveMember(db: Db, entry: Entry, at: Date): number {
  const memberId = createMember(db, { record: entry.record, unitCode: entry.unit.code, events: entry.events }, at);
  const { manifest, producerKey, fileSha256 } = entry.reading;
  insertReceivedTransfer(
    db,
    {
      memberId,
      senderCode: manifest.producer.code,
      senderName: manifest.producer.name,
      senderMemberId: entry.content.member.id,
      transferredOutOn: entry.content.transferOut.date,
      transferredInOn: entry.date,
      bundleId: manifest.bundleId,
      fileSha256,
      fingerprint: producerKey.fingerprint,
    },
    at,
  );
  return memberId;
}
