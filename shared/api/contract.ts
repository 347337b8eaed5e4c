import { z } from 'zod';
import { candidateCalls } from '../candidates/calls';
import { duesCalls } from '../dues/calls';
import { exchangeCalls } from '../exchange/calls';
import { exportCalls } from '../exchange/export-calls';
import { completenessCalls } from '../exchange/completeness-calls';
import { importCalls } from '../exchange/import-calls';
import { transferCalls } from '../exchange/transfer-calls';
import { inspectionCalls } from '../inspections/calls';
import { meetingInputSchema } from '../meetings/schema';
import type { MeetingDetail, MeetingList, MeetingRoll } from '../meetings/views';
import { memberEventSchema, type MemberEvent } from '../members/events';
import { dateSchema } from '../members/fields';
import { memberRecordSchema, memberUnitSchema } from '../members/record';
import type { Reminder } from '../reminders/reminder';
import {
  fileSchema,
  memberListQuerySchema,
  type AuditEntry,
  type FilePayload,
  type ImportPreview,
  type ImportResult,
  type MemberDetail,
  type MemberList,
  type OrgUnit,
} from '../members/views';
import { orgKindSchema, orgCodeSchema, orgNameSchema, homeOrganisationSchema, homeSetupSchema } from '../org/schemas';
import { ratingCalls } from '../ratings/calls';
import { reportCalls } from '../reports/calls';
import { settingsPatchSchema, settingsSchema } from '../settings/schemas';
import { call, id, noInput, returns } from './call';

export const appInfoSchema = z.object({
  version: z.string(),
  databasePath: z.string(),
});
export type AppInfo = z.output<typeof appInfoSchema>;

/**
 * Every call the UI (or any other host) can make, declared once. The Electron IPC binding, the preload, the renderer
 * client, the browser preview's HTTP binding and the command line all derive from this object.
 */
export const contract = {
  'app.info': call(noInput, appInfoSchema),
  'org.home': call(noInput, homeOrganisationSchema.nullable()),
  'org.setupHome': call(homeSetupSchema, homeOrganisationSchema),
  'settings.get': call(noInput, settingsSchema),
  'settings.update': call(settingsPatchSchema, settingsSchema),

  'org.list': call(noInput, returns<OrgUnit[]>()),
  'org.add': call(
    z.object({ code: orgCodeSchema, name: orgNameSchema, kind: orgKindSchema, parentCode: orgCodeSchema }).strict(),
    returns<OrgUnit>(),
  ),
  'org.rename': call(z.object({ code: orgCodeSchema, name: orgNameSchema }).strict(), returns<OrgUnit>()),
  'org.move': call(z.object({ code: orgCodeSchema, parentCode: orgCodeSchema }).strict(), returns<OrgUnit>()),
  'org.close': call(z.object({ code: orgCodeSchema, closedOn: dateSchema }).strict(), returns<OrgUnit>()),

  'members.list': call(memberListQuerySchema, returns<MemberList>()),
  'members.get': call(z.object({ id }).strict(), returns<MemberDetail>()),
  'members.create': call(
    z
      .object({
        record: memberRecordSchema,
        unitCode: memberUnitSchema,
        /** Events known at creation (admission, recognition…), checked together as one history. */
        events: z.array(memberEventSchema).max(200).default([]),
      })
      .strict(),
    returns<MemberDetail>(),
  ),
  'members.update': call(
    z.object({ id, record: memberRecordSchema, unitCode: memberUnitSchema }).strict(),
    returns<MemberDetail>(),
  ),
  'members.history': call(z.object({ id }).strict(), returns<AuditEntry[]>()),
  'members.exportXlsx': call(memberListQuerySchema, returns<FilePayload>()),
  'members.template': call(noInput, returns<FilePayload>()),
  'members.importPreview': call(fileSchema, returns<ImportPreview>()),
  'members.importCommit': call(fileSchema, returns<ImportResult>()),

  'events.add': call(z.object({ memberId: id, event: memberEventSchema }).strict(), returns<MemberDetail>()),
  'events.update': call(z.object({ id, event: memberEventSchema }).strict(), returns<MemberDetail>()),
  'events.delete': call(z.object({ id }).strict(), returns<MemberDetail>()),

  /** What the cell should do soon, about the members counted in the register as of today, oldest day first. */
  'reminders.list': call(noInput, returns<Reminder[]>()),

  /** Cell meetings of a year (all years without one), oldest first, each with its attendance figures and quality. */
  'meetings.list': call(z.object({ year: z.number().int().min(1930).max(2200).optional() }).strict(), returns<MeetingList>()),
  'meetings.roll': call(z.object({ date: dateSchema }).strict(), returns<MeetingRoll>()),
  'meetings.get': call(z.object({ id }).strict(), returns<MeetingDetail>()),
  'meetings.create': call(meetingInputSchema, returns<MeetingDetail>()),
  'meetings.update': call(z.object({ id, meeting: meetingInputSchema }).strict(), returns<MeetingDetail>()),
  'meetings.delete': call(z.object({ id }).strict(), returns<{ id: number }>()),

  ...inspectionCalls,
  ...ratingCalls,
  ...duesCalls,
  ...candidateCalls,
  ...reportCalls,
  ...exchangeCalls,
  ...exportCalls,
  ...importCalls,
  ...completenessCalls,
  ...transferCalls,
} as const;

export type { MemberEvent };

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller passes (before defaults and normalisation). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a handler receives (validated and normalised). */
export type CallArgs<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

export type Handler<N extends CallName> = (args: CallArgs<N>) => CallOutput<N> | Promise<CallOutput<N>>;
export type Handlers = { [N in CallName]: Handler<N> };

export const CALL_NAMES = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
