import { ApiFailure, type ApiIssue } from '../../shared/api/errors';
import type { MemberRecord } from '../../shared/members/record';
import type { Db } from '../connection';
import { findMemberByCardOrCitizenId } from './queries';

/**
 * Refuses a record whose party card number or citizen ID another member already holds, naming that member so the
 * secretary can tell a typo from a person entered twice. `selfId` is the member being edited, who may keep their own.
 */
export function refuseDuplicates(db: Db, record: MemberRecord, selfId: number | null): void {
  const issues: ApiIssue[] = [];
  if (record.citizenId) {
    const holder = findMemberByCardOrCitizenId(db, { citizenId: record.citizenId });
    if (holder && holder.id !== selfId) {
      const params = { citizenId: record.citizenId, name: holder.fullName, unit: holder.unitName };
      issues.push({ path: 'record.citizenId', message: 'errors.duplicate_citizen_id', params });
    }
  }
  if (record.partyCardNumber) {
    const holder = findMemberByCardOrCitizenId(db, { partyCardNumber: record.partyCardNumber });
    if (holder && holder.id !== selfId) {
      const params = { card: record.partyCardNumber, name: holder.fullName, unit: holder.unitName };
      issues.push({ path: 'record.partyCardNumber', message: 'errors.duplicate_card', params });
    }
  }
  const [first] = issues;
  if (first) throw new ApiFailure('conflict', first.message, first.params, issues);
}
