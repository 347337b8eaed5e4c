import type { MemberRecord } from '../../shared/members/record';

/** What the audit log keeps of a member: the record and the unit it is registered in. */
export const memberSnapshot = (record: MemberRecord, unitCode: string) => ({ unitCode, ...record });
