import type { MessageParams } from '../api/errors';
import type { IsoDate } from '../dates/calendar';
import type { FilePayload } from '../members/views';
import type { MemberStatus } from '../members/state-types';
import type { OrgKind } from '../org/kinds';

/** What the sending unit is shown once the transfer file is made. */
export interface TransferExported {
  file: FilePayload;
  summary: {
    fileName: string;
    fileSha256: string;
    memberId: number;
    fullName: string;
    transferOut: { date: IsoDate; otherUnit: string; decisionNumber: string | null };
    /** The home unit's key fingerprint, which signed the file: the receiving unit compares it by phone. */
    fingerprint: string;
    /** The receiving unit's code and key fingerprint when the content is encrypted; null for a plain file. */
    encryptedTo: { code: string; fingerprint: string } | null;
    createdAt: string;
  };
}

/** What a transfer file says, as the receiving unit's preview shows it. */
export interface TransferSummary {
  member: {
    fullName: string;
    gender: string;
    birthDate: IsoDate;
    partyCardNumber: string | null;
    citizenId: string | null;
    /** On the transfer-out day, before leaving. */
    status: MemberStatus;
    admittedOn: IsoDate | null;
    officialOn: IsoDate | null;
  };
  /** The unit that signed the file (the sending register's home unit). */
  sender: { code: string; name: string; kind: OrgKind };
  /** The unit the member was registered in there (the sender or a unit it manages). */
  senderUnit: { code: string; name: string };
  /** The signing key's fingerprint, in six groups of five digits, read aloud to compare by phone. */
  fingerprint: string;
  /** `pinned`: the sender's key is the one this register holds for that unit; `unknown`: compare it by phone first. */
  keyStatus: 'pinned' | 'unknown';
  transferOut: { date: IsoDate; otherUnit: string; decisionNumber: string | null };
  /** The events this register keeps (the sender's presence and exemption events are left out). */
  eventsKept: number;
  eventsInFile: number;
  encrypted: boolean;
}

/**
 * What importing a transfer file does: `accept` (the member is entered with a transfer in), `already` (this transfer
 * was received before: nothing changes, still a success) or `refused`, with the reason in words
 * (`exchange.transfer.reason.*`, or the reader's `exchange.transfer.refusal.*`).
 */
export type TransferOutcome = 'accept' | 'already' | 'refused';

export interface TransferVerdict {
  fileName: string;
  fileSha256: string;
  outcome: TransferOutcome;
  reason: string;
  params: MessageParams;
  /** When the member domain's own check refuses the history: the rule's message (`rules.*`) and its values. */
  detail: { message: string; params: MessageParams } | null;
  /** Null when the file could not be read. */
  transfer: TransferSummary | null;
  /** Where and from which day the member is (or would be) registered here: for an accepted file. */
  arrival: { unitCode: string; unitName: string; date: IsoDate } | null;
  /** The member in this register: the one entered now, or for `already` the one entered before. */
  memberId: number | null;
}

export interface TransferImportResult extends TransferVerdict {
  /** The safety copy written before the member was entered; null when nothing was written. */
  backupFile: string | null;
}
