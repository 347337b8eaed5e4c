import { ApiFailure, type MessageParams } from '../../../shared/api/errors';

/** Why a transfer file was refused before its member was looked at; each has a message `exchange.transfer.refusal.<reason>`. */
export type TransferRefusalReason =
  | 'not_transfer_file'
  | 'period_file'
  | 'key_card'
  | 'too_large'
  | 'unknown_version'
  | 'malformed'
  | 'not_canonical'
  | 'fingerprint_mismatch'
  | 'bad_signature'
  | 'hash_mismatch'
  | 'not_for_this_unit'
  | 'cannot_decrypt'
  | 'content_unreadable'
  | 'content_invalid';

/** A transfer file's refusal, said in words by every host (an ApiFailure) and named for the code that decides next. */
export class TransferRefusal extends ApiFailure {
  constructor(
    readonly reason: TransferRefusalReason,
    params?: MessageParams,
  ) {
    super('validation', `exchange.transfer.refusal.${reason}`, params);
    this.name = 'TransferRefusal';
  }
}
