import type { Handlers } from '../../shared/api/contract';
import { appendAudit } from '../audit/mutations';
import { unchanged } from '../audit/unchanged';
import type { Db } from '../connection';
import { listMeetings, meetingDetail, meetingSnapshot, readRoll, requireMeeting, rollOn } from './detail';
import { deleteMeeting, insertMeeting, updateMeeting } from './mutations';
import { refuseUnfitAttendance } from './refusals';

type MeetingCalls = 'meetings.list' | 'meetings.roll' | 'meetings.get' | 'meetings.create' | 'meetings.update' | 'meetings.delete';

/** Cell meetings with attendance; every write is checked against the members' state on the meeting day and audited. */
export function meetingHandlers(db: Db, now: () => Date): Pick<Handlers, MeetingCalls> {
  return {
    'meetings.list': ({ year }) => db.transaction(() => listMeetings(db, year ?? null))(),

    'meetings.roll': ({ date }) => db.transaction(() => rollOn(readRoll(db), date))(),

    'meetings.get': ({ id }) => db.transaction(() => meetingDetail(db, id))(),

    'meetings.create': (meeting) =>
      db.transaction(() => {
        const at = now();
        refuseUnfitAttendance(db, meeting, rollOn(readRoll(db), meeting.date));
        const id = insertMeeting(db, meeting, at.toISOString());
        const detail = meetingDetail(db, id);
        appendAudit(db, { entity: 'meeting', entityId: id, memberId: null, action: 'create', before: null, after: meetingSnapshot(detail) }, at);
        return detail;
      }).immediate(),

    'meetings.update': ({ id, meeting }) =>
      db.transaction(() => {
        const at = now();
        requireMeeting(db, id);
        const before = meetingSnapshot(meetingDetail(db, id));
        refuseUnfitAttendance(db, meeting, rollOn(readRoll(db), meeting.date));
        updateMeeting(db, id, meeting, at.toISOString());
        const detail = meetingDetail(db, id);
        const after = meetingSnapshot(detail);
        if (!unchanged(before, after)) {
          appendAudit(db, { entity: 'meeting', entityId: id, memberId: null, action: 'update', before, after }, at);
        }
        return detail;
      }).immediate(),

    'meetings.delete': ({ id }) =>
      db.transaction(() => {
        const at = now();
        requireMeeting(db, id);
        const before = meetingSnapshot(meetingDetail(db, id));
        deleteMeeting(db, id);
        appendAudit(db, { entity: 'meeting', entityId: id, memberId: null, action: 'delete', before, after: null }, at);
        return { id };
      }).immediate(),
  };
}
