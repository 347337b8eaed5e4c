import { m001Organisations } from './001-organisations';
import { m002Settings } from './002-settings';
import { m003OrganisationClosing } from './003-organisation-closing';
import { m004Members } from './004-members';
import { m005MemberEvents } from './005-member-events';
import { m006AuditLog } from './006-audit-log';
import { m007Meetings } from './007-meetings';
import { m008AuditMeetings } from './008-audit-meetings';
import { m009AuditCellLife } from './009-audit-cell-life';
import { m010Inspections } from './010-inspections';
import { m011Ratings } from './011-ratings';
import { m012Dues } from './012-dues';
import { m013Candidates } from './013-candidates';
import { m014UnitKeys } from './014-unit-keys';
import { m015ExchangeExports } from './015-exchange-exports';
import { m016ExchangeFiles } from './016-exchange-files';
import { m017ReportDeadlines } from './017-report-deadlines';
import { m018MemberTransfers } from './018-member-transfers';
import type { Migration } from './migration';

/** Every schema step, in order. Append only. */
export const migrations: readonly Migration[] = [
  m001Organisations,
  m002Settings,
  m003OrganisationClosing,
  m004Members,
  m005MemberEvents,
  m006AuditLog,
  m007Meetings,
  m008AuditMeetings,
  m009AuditCellLife,
  m010Inspections,
  m011Ratings,
  m012Dues,
  m013Candidates,
  m014UnitKeys,
  m015ExchangeExports,
  m016ExchangeFiles,
  m017ReportDeadlines,
  m018MemberTransfers,
];
