import type { Handlers } from '../../shared/api/contract';
import { appendAudit } from '../audit/mutations';
import { memberAuditTrail } from '../audit/queries';
import { unchanged } from '../audit/unchanged';
import { localDate } from '../clock';
import type { Db } from '../connection';
import { refuseUnfitHistory } from '../events/history';
import { eventsOfMember } from '../events/queries';
import { createMember } from './create';
import { memberDetail, requireMember } from './detail';
import { refuseDuplicates } from './duplicates';
import { listMembers } from './list';
import { updateMember } from './mutations';
import { memberSnapshot } from './snapshot';
import { memberUnit } from './unit';

type MemberCalls = 'members.list' | 'members.get' | 'members.create' | 'members.update' | 'members.history';

export function memberHandlers(db: Db, now: () => Date): Pick<Handlers, MemberCalls> {
  const today = () => localDate(now());

  return {
    'members.list': (query) => listMembers(db, query, today()),

    'members.get': ({ id }) => memberDetail(db, id, today()),

    'members.create': (input) =>
      db.transaction(() => {
        const at = now();
        return memberDetail(db, createMember(db, input, at), localDate(at));
      }).immediate(),

    'members.update': ({ id, record, unitCode }) =>
      db.transaction(() => {
        const at = now();
        const member = requireMember(db, id);
        // Members stay in a unit that has since closed until moved; only a move into a unit needs it open.
        const unit = unitCode === member.unitCode ? { id: member.unitId, code: member.unitCode } : memberUnit(db, unitCode);
        refuseDuplicates(db, record, id);
        if (record.birthDate !== member.record.birthDate) {
          // Rules about age at admission depend on the birth date: the history must still fit the corrected one.
          refuseUnfitHistory(eventsOfMember(db, id), { birthDate: record.birthDate, today: localDate(at) }, () => 'record.birthDate');
        }
        const before = memberSnapshot(member.record, member.unitCode);
        const after = memberSnapshot(record, unit.code);
        if (!unchanged(before, after)) {
          updateMember(db, id, record, unit.id, at.toISOString());
          appendAudit(db, { entity: 'member', entityId: id, memberId: id, action: 'update', before, after }, at);
        }
        return memberDetail(db, id, localDate(at));
      }).immediate(),

    'members.history': ({ id }) =>
      db.transaction(() => {
        requireMember(db, id);
        return memberAuditTrail(db, id);
      })(),
  };
}
