import { z } from 'zod';
import {
  canonicalEncryption,
  canonicalPayload,
  canonicalProducer,
  canonicalProducerKey,
  encryptionSchema,
  manifestSchema,
  producerSchema,
} from './manifest';

/**
 * The member transfer file's manifest (docs/exchange-format.md, "Member transfer file"): the same signed envelope as
 * the period exchange file under its own `format`, so that neither can be taken for the other. It names the sending
 * unit and nothing about the member: the manifest travels in clear even when the content is encrypted.
 */

export const TRANSFER_FORMAT = 'sochibo-transfer';
export const TRANSFER_FORMAT_VERSION = 1;
export const TRANSFER_FILE_EXTENSION = '.scbt';

// The fields shared with the exchange manifest are its own schemas, so both formats spell them the same way.
const shared = manifestSchema.shape;

export const transferManifestSchema = z.strictObject({
  format: z.literal(TRANSFER_FORMAT),
  formatVersion: z.literal(TRANSFER_FORMAT_VERSION),
  producer: producerSchema,
  bundleId: shared.bundleId,
  createdAt: shared.createdAt,
  appVersion: shared.appVersion,
  payload: shared.payload,
  encryption: encryptionSchema.nullable(),
  producerKey: shared.producerKey,
});
export type TransferManifest = z.output<typeof transferManifestSchema>;

/** The canonical text of a transfer manifest: the fields in the order of the specification, no whitespace. */
export function transferManifestJson(m: TransferManifest): string {
  return JSON.stringify({
    format: m.format,
    formatVersion: m.formatVersion,
    producer: canonicalProducer(m.producer),
    bundleId: m.bundleId,
    createdAt: m.createdAt,
    appVersion: m.appVersion,
    payload: canonicalPayload(m.payload),
    encryption: canonicalEncryption(m.encryption),
    producerKey: canonicalProducerKey(m.producerKey),
  });
}

/**
 * `CHUYEN_52012345_CB012.scbt`: the member's party card number (its digits) or, without a card, `DV` and the
 * member's id in the sending register, then the sending unit's code.
 */
export function transferFileName(member: { id: number; partyCardNumber: string | null }, senderCode: string): string {
  const who = member.partyCardNumber ? member.partyCardNumber.replace(/\D/g, '') : `DV${member.id}`;
  return `CHUYEN_${who}_${senderCode}${TRANSFER_FILE_EXTENSION}`;
}
