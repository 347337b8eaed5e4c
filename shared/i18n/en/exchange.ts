import type { viExchange } from '../vi/exchange';
import { enExchangeExport } from './exchange-export';
import { enExchangeChecks } from './exchange-checks';
import { enExchangeCompleteness } from './exchange-completeness';
import { enExchangeCompletenessCli } from './exchange-completeness-cli';
import { enExchangeImport } from './exchange-import';
import { enExchangeTransfer } from './exchange-transfer';
import { enExchangeUnitFilesReminder } from './exchange-unit-files-reminder';

export const enExchange: typeof viExchange = {
  nav: 'File exchange',
  export: enExchangeExport,
  import: enExchangeImport,
  completeness: enExchangeCompleteness,
  completenessCli: enExchangeCompletenessCli,
  checks: enExchangeChecks,
  transfer: enExchangeTransfer,
  unitFilesReminder: enExchangeUnitFilesReminder,
  keys: {
    fingerprint: 'Key fingerprint',
    readAloud: 'Read each group of 5 digits aloud to the parent committee over the phone so both sides can compare.',
  },
  refusal: {
    too_large: 'The file is too large ({{size}} bytes; at most {{max}}): not a Sổ Chi bộ exchange file.',
    not_exchange_file: 'This is not a Sổ Chi bộ exchange file (.scb), or it is too damaged to read.',
    unknown_version:
      'This exchange file uses format version {{version}}; this version of the app reads only version {{supported}}. Install the latest Sổ Chi bộ.',
    malformed: 'The exchange file is damaged or was altered: «{{field}}» is not as specified.',
    not_canonical:
      'The exchange file was altered after it was signed: it is no longer byte for byte what the app wrote. Ask the unit to send it again.',
    fingerprint_mismatch: 'The exchange file states fingerprint {{stated}} but its key has fingerprint {{actual}}: the file was altered.',
    bad_signature:
      'The exchange file’s signature is wrong (unit {{code}}, key {{fingerprint}}): the file was altered or damaged after signing. Ask the unit to send it again.',
    hash_mismatch:
      'The exchange file’s content does not match the checksum in its signed manifest: the file is damaged or was altered. Ask the unit to send it again.',
    not_for_this_unit:
      'This file is encrypted for unit {{code}} (key fingerprint {{fingerprint}}), not for this unit (key {{ours}}). Only the recipient can open its content.',
    cannot_decrypt: 'The content of the file sent to unit {{code}} (key {{fingerprint}}) cannot be decrypted: the file is damaged or was altered.',
    content_unreadable: 'The signature is valid but the exchange file’s content cannot be read: a faulty program made it.',
    not_key_card: 'This is not a Sổ Chi bộ key card (.sochibo-key).',
    key_card_unknown_version: 'This key card uses format version {{version}}; this version of the app reads only version {{supported}}.',
    key_card_malformed: 'The key card is damaged or was altered: «{{field}}» is not as specified.',
    key_card_bad_signature: 'The signature of unit {{code}}’s key card is wrong: the card was altered. Ask the unit to export it again.',
    key_card_fingerprint_mismatch: 'The key card states fingerprint {{stated}} but its key has fingerprint {{actual}}: the card was altered.',
    no_home: 'The register has no home unit yet, so no keys. Set up the unit first.',
    no_key_file: 'This register is not a file, so there is nowhere to keep the unit’s private key.',
    key_file_unreadable: 'The private key file {{file}} cannot be read ({{reason}}). It was not overwritten; copy the key file back from a backup.',
    transfer_file:
      'This is a member’s party membership transfer file (.scbt), not a period exchange file. Receive it on the page “Receive a transferred member by file” (command “sochibo transfer import”).',
    nested_invalid:
      'The file of unit {{code}} enclosed in the file of {{inside}} does not verify (signature, checksum or content wrong): it was altered or damaged. Ask {{inside}} to send the file again.',
    nested_mismatch:
      'The file of unit {{code}} enclosed in the file of {{inside}} is not what the outer file says («{{field}}» differs): it was altered. Ask {{inside}} to send the file again.',
    private_key_missing:
      'This computer does not have the private key of unit {{code}} (fingerprint {{fingerprint}}): {{file}} is missing or belongs to another register. The register was probably copied without its key file; copy the key file from the old computer.',
  },
};
