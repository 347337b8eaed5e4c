import { KEY_CARD_FORMAT } from '../../../shared/exchange/key-card';
import { EXCHANGE_FORMAT, type ExchangeProducer } from '../../../shared/exchange/manifest';
import type { TransferContent } from '../../../shared/exchange/transfer-content';
import {
  TRANSFER_FORMAT,
  TRANSFER_FORMAT_VERSION,
  transferManifestJson,
  transferManifestSchema,
  type TransferManifest,
} from '../../../shared/exchange/transfer-manifest';
import type { KeyCard } from '../../../shared/exchange/key-card';
import { envelopeFormatOf, readEnvelope, sealEnvelope, type EnvelopeKind, type EnvelopeReading, type ReadExchangeOptions } from '../exchange-file';
import type { UnitKeys } from '../keys';
import { ExchangeRefusal } from '../refusal';
import { TransferRefusal, type TransferRefusalReason } from './refusal';

/**
 * The member transfer file: the exchange file's signed envelope (db/exchange/exchange-file.ts) under the format
 * `sochibo-transfer`, verified exactly as strictly. Its refusals speak of a transfer file, and a file of another kind
 * (a period file, a key card) is refused saying what it is.
 */

const TRANSFER_KIND: EnvelopeKind<TransferManifest> = {
  format: TRANSFER_FORMAT,
  formatVersion: TRANSFER_FORMAT_VERSION,
  schema: transferManifestSchema,
  canonical: transferManifestJson,
};

export interface TransferFileInput {
  producer: ExchangeProducer;
  appVersion: string;
  content: TransferContent;
  keys: UnitKeys;
  encryptTo?: KeyCard | null;
  /** Fixed by tests and the spec's example; a random UUID and the clock otherwise. */
  bundleId?: string;
  createdAt?: Date;
}

export function writeTransferFile(input: TransferFileInput): { bytes: Buffer; manifest: TransferManifest } {
  return sealEnvelope(TRANSFER_KIND, { content: input.content, keys: input.keys, encryptTo: input.encryptTo, bundleId: input.bundleId }, (sealed) => ({
    format: TRANSFER_FORMAT,
    formatVersion: TRANSFER_FORMAT_VERSION,
    producer: input.producer,
    bundleId: sealed.bundleId,
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    appVersion: input.appVersion,
    payload: sealed.payload,
    encryption: sealed.encryption,
    producerKey: sealed.producerKey,
  }));
}

export type TransferFileReading = EnvelopeReading<TransferManifest>;

/** The reasons of the envelope reader that are about the file itself; the rest (no home, keys) pass as they are. */
const ABOUT_THE_FILE = [
  'too_large',
  'unknown_version',
  'malformed',
  'not_canonical',
  'fingerprint_mismatch',
  'bad_signature',
  'hash_mismatch',
  'not_for_this_unit',
  'cannot_decrypt',
  'content_unreadable',
] as const satisfies readonly TransferRefusalReason[];
const aboutTheFile = (reason: string): reason is (typeof ABOUT_THE_FILE)[number] => (ABOUT_THE_FILE as readonly string[]).includes(reason);

/** What a file that is not a transfer file is, to say so: the other Sổ Chi bộ files by their format. */
function otherKind(bytes: Uint8Array): TransferRefusal {
  const format = envelopeFormatOf(bytes);
  if (format === EXCHANGE_FORMAT) return new TransferRefusal('period_file');
  if (format === KEY_CARD_FORMAT) return new TransferRefusal('key_card');
  return new TransferRefusal('not_transfer_file');
}

/** Reads and verifies a transfer file; refusals are TransferRefusals (`exchange.transfer.refusal.*`). */
export function readTransferFile(bytes: Uint8Array, options: ReadExchangeOptions = {}): TransferFileReading {
  try {
    return readEnvelope(bytes, TRANSFER_KIND, options);
  } catch (error) {
    if (!(error instanceof ExchangeRefusal)) throw error;
    if (error.reason === 'not_exchange_file') throw otherKind(bytes);
    if (aboutTheFile(error.reason)) throw new TransferRefusal(error.reason, error.params);
    throw error;
  }
}
