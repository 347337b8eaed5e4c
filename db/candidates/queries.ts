import type { IsoDate } from '../../shared/dates/calendar';
import type { Db } from '../connection';
import { RECORD_SELECT, type RecordField } from './columns';

/** A candidate as stored, with the unit's code and name; the record's fields still as columns. */
export type CandidateRow = Record<RecordField, string | null> & {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
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
  memberId: number | null;
  droppedOn: IsoDate | null;
  dropReason: string | null;
};

const CANDIDATE_SELECT = `
  SELECT c.id, c.unit_id AS unitId, o.code AS unitCode, o.name AS unitName, ${RECORD_SELECT},
         c.identified_on AS identifiedOn, c.certificate_on AS certificateOn, c.certificate_number AS certificateNumber,
         c.application_on AS applicationOn, c.verification_on AS verificationOn, c.resolution_on AS resolutionOn,
         c.decision_on AS decisionOn, c.decision_number AS decisionNumber, c.decision_body AS decisionBody,
         c.ceremony_on AS ceremonyOn, c.member_id AS memberId, c.dropped_on AS droppedOn, c.drop_reason AS dropReason
    FROM candidates c JOIN organisations o ON o.id = c.unit_id`;

export function findCandidate(db: Db, id: number): CandidateRow | undefined {
  return db.prepare<[number], CandidateRow>(`${CANDIDATE_SELECT} WHERE c.id = ?`).get(id);
}

export function allCandidates(db: Db): CandidateRow[] {
  return db.prepare<[], CandidateRow>(CANDIDATE_SELECT).all();
}

export interface HelperRow {
  memberId: number | null;
  /** The member's name for a member of the register; the name typed otherwise. */
  name: string;
}

export function helpersOf(db: Db, candidateId: number): HelperRow[] {
  return db
    .prepare<[number], HelperRow>(
      `SELECT h.member_id AS memberId, coalesce(m.full_name, h.name) AS name
         FROM candidate_helpers h LEFT JOIN members m ON m.id = h.member_id
        WHERE h.candidate_id = ? ORDER BY h.position_in_list`,
    )
    .all(candidateId);
}
