import { createHash } from 'node:crypto';
import { ApiFailure, type MessageParams } from '../../../shared/api/errors';
import type { KeyCard } from '../../../shared/exchange/key-card';
import { PRESENCE_EVENTS, TRANSFER_CONTENT_VERSION, transferContentSchema, type TransferContent } from '../../../shared/exchange/transfer-content';
import { transferFileName } from '../../../shared/exchange/transfer-manifest';
import type { TransferExported } from '../../../shared/exchange/transfer-outcome';
import { memberStateOn, sortEvents } from '../../../shared/members/state';
import type { FilePayload } from '../../../shared/members/views';
import type { Db } from '../../connection';
import { eventsOfMember } from '../../events/queries';
import { requireMember } from '../../members/detail';
import { findUnitById } from '../../organisations/queries';
import { readKeyCard } from '../key-card';
import { ExchangeRefusal } from '../refusal';
import { homeUnitKeys } from '../unit-keys';
import { contentEvent, contentRecord, contentState } from '../export/member-snapshot';
import { writeTransferFile } from './transfer-file';

export interface TransferExportRequest {
  memberId: number;
  /** The receiving unit's key card file; the content is encrypted to it. */
  encryptTo?: FilePayload | undefined;
  appVersion: string;
}

/** A refusal on one input field, so every host points at it (the CLI names --member or --encrypt-to). */
function refuseAt(path: string, type: 'conflict' | 'validation', message: string, params: MessageParams): never {
  throw new ApiFailure(type, message, params, [{ path, message, params }]);
}

/** The receiving unit's card, verified; the home unit's own card is refused (the file would go nowhere). */
function recipientCard(file: FilePayload, homeCode: string): KeyCard {
  let card: KeyCard;
  try {
    card = readKeyCard(Buffer.from(file.base64, 'base64'));
  } catch (error) {
    if (error instanceof ExchangeRefusal) refuseAt('encryptTo', 'validation', error.key, error.params ?? {});
    throw error;
  }
  if (card.code === homeCode) refuseAt('encryptTo', 'validation', 'exchange.transfer.errors.own_card', { code: card.code });
  return card;
}

/**
 * The member's transfer file, made at the sending unit: the member must have left by an official transfer out (the
 * last of their presence events). Signed with the home unit's key, encrypted to the receiving unit's card when given.
 * Nothing is written to the register (except the unit's keys, made on first need).
 */
export function exportTransferFile(db: Db, now: () => Date, request: TransferExportRequest): TransferExported {
  return db
    .transaction((): TransferExported => {
      const at = now();
      const member = requireMember(db, request.memberId);
      const events = sortEvents(eventsOfMember(db, member.id));
      const last = events.filter((event) => PRESENCE_EVENTS.includes(event.type)).at(-1);
      if (last?.type !== 'transferred_out') {
        refuseAt('memberId', 'conflict', 'exchange.transfer.errors.not_transferred_out', { name: member.record.fullName, id: member.id });
      }
      const { home, keys } = homeUnitKeys(db, now);
      const card = request.encryptTo ? recipientCard(request.encryptTo, home.code) : null;
      const unit = findUnitById(db, member.unitId);
      if (!unit) throw new Error(`unit ${member.unitId} of member ${member.id} missing`);
      const before = events.slice(0, events.indexOf(last));
      const state = memberStateOn(before, last.date);
      const content = transferContentSchema.parse({
        contentVersion: TRANSFER_CONTENT_VERSION,
        member: { id: member.id, unit: { code: unit.code, name: unit.name, kind: unit.kind }, record: contentRecord(member.record) },
        transferOut: {
          date: last.date,
          otherUnit: last.otherUnit,
          decisionNumber: last.decisionNumber ?? null,
          issuedBy: last.issuedBy ?? null,
          note: last.note ?? null,
        },
        stateOnTransfer: contentState(state),
        events: events.map((event) => contentEvent(member.id, event)),
      } satisfies TransferContent);
      const { bytes, manifest } = writeTransferFile({
        producer: { code: home.code, name: home.name, kind: home.kind, parentCode: home.parent?.code ?? null },
        appVersion: request.appVersion,
        content,
        keys,
        encryptTo: card,
        createdAt: at,
      });
      const fileName = transferFileName({ id: member.id, partyCardNumber: member.record.partyCardNumber ?? null }, home.code);
      return {
        file: { fileName, base64: bytes.toString('base64') },
        summary: {
          fileName,
          fileSha256: createHash('sha256').update(bytes).digest('hex'),
          memberId: member.id,
          fullName: member.record.fullName,
          transferOut: { date: last.date, otherUnit: last.otherUnit, decisionNumber: last.decisionNumber ?? null },
          fingerprint: manifest.producerKey.fingerprint,
          encryptedTo: card ? { code: card.code, fingerprint: card.fingerprint } : null,
          createdAt: manifest.createdAt,
        },
      };
    })
    .immediate();
}
