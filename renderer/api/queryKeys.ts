import type { IsoDate } from '../../shared/dates/calendar';
import type { MemberListQuery } from '../../shared/members/views';

/** Cache keys, named after the call that fills them. */
export const queryKeys = {
  appInfo: ['app.info'],
  home: ['org.home'],
  settings: ['settings.get'],
  orgUnits: ['org.list'],
  /** Every list query starts with this, so one invalidation refreshes them all. */
  memberLists: ['members.list'],
  memberList: (query: MemberListQuery) => ['members.list', query] as const,
  /** Under the member lists' key: who is expected at a meeting changes with any member's events. */
  meetingRoll: (date: IsoDate | null) => ['members.list', 'meetingRoll', date] as const,
  /** Every member's page starts with this. */
  members: ['members.get'],
  member: (id: number) => ['members.get', id] as const,
  memberHistory: (id: number) => ['members.history', id] as const,
  reminders: ['reminders.list'],
  /** Every meetings list starts with this. */
  meetingLists: ['meetings.list'],
  meetingList: (year: number) => ['meetings.list', year] as const,
  /** Every meeting's page starts with this. */
  meetings: ['meetings.get'],
  meeting: (id: number) => ['meetings.get', id] as const,
} as const;
