import { ApiFailure, type MessageParams } from '../../shared/api/errors';

/** Why an exchange file, a key card or a unit's keys were refused; each has a message `exchange.refusal.<reason>`. */
export type ExchangeRefusalReason =
  | 'too_large'
  | 'not_exchange_file'
  | 'unknown_version'
  | 'malformed'
  | 'not_canonical'
  | 'fingerprint_mismatch'
  | 'bad_signature'
  | 'hash_mismatch'
  | 'not_for_this_unit'
  | 'cannot_decrypt'
  | 'content_unreadable'
  | 'not_key_card'
  | 'key_card_unknown_version'
  | 'key_card_malformed'
  | 'key_card_bad_signature'
  | 'key_card_fingerprint_mismatch'
  | 'no_home'
  | 'no_key_file'
  | 'key_file_unreadable'
  | 'private_key_missing'
  | 'nested_invalid'
  | 'nested_mismatch'
  | 'transfer_file';

/**
 * A refusal the user must read: an ApiFailure (so every host already shows it in words) that also names its reason,
 * for the code that decides what to do next (the import logs it, tests assert it).
 */
export class ExchangeRefusal extends ApiFailure {
  constructor(
    readonly reason: ExchangeRefusalReason,
    params?: MessageParams,
  ) {
    super('validation', `exchange.refusal.${reason}`, params);
    this.name = 'ExchangeRefusal';
  }
}
