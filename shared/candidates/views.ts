import type { IsoDate } from '../dates/calendar';
import type { MessageParams } from '../api/errors';
import type { CandidateRecord } from './schema';
import type { NextStep, Stage } from './stages';

export interface CandidateCertificate {
  on: IsoDate;
  number: string | null;
  /** The last valid day under the rule in force today; null before the first known rule. */
  expiresOn: IsoDate | null;
  /** Only while the cell has yet to take its resolution: expired already, or within the warning margin. */
  alert: 'expired' | 'soon' | null;
}

/** Something the secretary should know about the candidate, worded by an i18n key and its values. */
export interface CandidateWarning {
  key: string;
  params: MessageParams;
}

/** Where the candidate stands today, computed from the stage dates and the rules; never stored. */
export interface CandidateState {
  status: 'active' | 'admitted' | 'dropped';
  stage: Stage;
  stageOn: IsoDate;
  /** Null once admitted or dropped. */
  next: NextStep | null;
  certificate: CandidateCertificate | null;
  warnings: CandidateWarning[];
}

/** One line of the candidates' list. */
export interface CandidateSummary {
  id: number;
  fullName: string;
  unitCode: string;
  unitName: string;
  /** The member the ceremony created. */
  memberId: number | null;
  droppedOn: IsoDate | null;
  dropReason: string | null;
  state: CandidateState;
}

export interface CandidateHelperView {
  /** A member of this register, or null for someone named only. */
  memberId: number | null;
  name: string;
}

export interface CandidateDetail extends CandidateSummary {
  record: CandidateRecord;
  helpers: CandidateHelperView[];
  identifiedOn: IsoDate;
  certificateOn: IsoDate | null;
  certificateNumber: string | null;
  applicationOn: IsoDate | null;
  verificationOn: IsoDate | null;
  resolutionOn: IsoDate | null;
  decisionOn: IsoDate | null;
  decisionNumber: string | null;
  decisionBody: string | null;
  ceremonyOn: IsoDate | null;
}

/** Each group in register order (tên, tên đệm, họ). */
export interface CandidateList {
  active: CandidateSummary[];
  admitted: CandidateSummary[];
  dropped: CandidateSummary[];
}

export interface AdmitResult {
  candidate: CandidateDetail;
  memberId: number;
}
