import ExcelJS, { type Worksheet } from 'exceljs';
import { dateParts, formatViDate, type IsoDate } from '../../shared/dates/calendar';
import { viImport } from '../../shared/i18n/vi/import';
import { viMember } from '../../shared/i18n/vi/member';
import type { MemberEvent } from '../../shared/members/events';
import { ethnicityName, religionName } from '../../shared/members/lookup';
import type { MemberList } from '../../shared/members/views';
import type { Db } from '../connection';
import { eventsOfMembers } from '../events/queries';
import { listMembers, type MemberListFilter } from '../members/list';
import { findMember, type StoredMember } from '../members/queries';
import { DATE_COLUMNS, EVENT_COLUMNS, kindKeyOf, MEMBER_COLUMNS, SHEETS, type ColumnKey } from './format';
import { addTableSheet, DATE_FORMAT } from './sheet-layout';

/** `danh-sach-dang-vien-23-11-2026.xlsx`: the day the list is computed for, as people write it. */
const exportFileName = (asOf: IsoDate) => `danh-sach-dang-vien-${formatViDate(asOf).replace(/\//g, '-')}.xlsx`;

/** A day as a real Excel date: midnight UTC, which Excel shows as that day whatever the PC's time zone. */
function excelDate(date: IsoDate | undefined): Date | null {
  if (date === undefined) return null;
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

const firstDate = (events: readonly MemberEvent[], type: MemberEvent['type']) => events.find((event) => event.type === type)?.date;

function memberValues(index: number, member: StoredMember, events: readonly MemberEvent[], status: string) {
  const { record } = member;
  const values: Record<(typeof MEMBER_COLUMNS)[number] | 'status', unknown> = {
    stt: index + 1,
    fullName: record.fullName,
    gender: viImport.value.gender[record.gender],
    birthDate: excelDate(record.birthDate),
    ethnicity: ethnicityName(record.ethnicity),
    religion: religionName(record.religion),
    hometown: record.hometown ?? null,
    citizenId: record.citizenId ?? null,
    partyCardNumber: record.partyCardNumber ?? null,
    admittedOn: excelDate(firstDate(events, 'admitted')),
    officialOn: excelDate(firstDate(events, 'made_official')),
    qualification: record.qualification ? viImport.value.qualification[record.qualification] : null,
    theoryLevel: record.theoryLevel ? viImport.value.theory[record.theoryLevel] : null,
    position: record.position ?? null,
    unitCode: member.unitCode,
    note: record.note ?? null,
    status,
  };
  return values;
}

/** Ghi chú as the import reads it back: a badge's years first, a reward's title. */
function eventNote(event: MemberEvent): string | null {
  const parts =
    event.type === 'badge'
      ? [viImport.export.badgeNote.replace('{{years}}', String(event.years)), event.note]
      : event.type === 'reward'
        ? [event.title, event.note]
        : [event.note];
  return parts.filter(Boolean).join('; ') || null;
}

function historyValues(member: StoredMember, event: MemberEvent, index: number) {
  const kind = kindKeyOf(event);
  // The import reads "Đơn vị liên quan" as a transfer's other unit, and as the issuing body for every other kind.
  const otherUnit = 'otherUnit' in event ? event.otherUnit : event.issuedBy;
  return {
    stt: index + 1,
    partyCardNumber: member.record.partyCardNumber ?? null,
    citizenId: member.record.citizenId ?? null,
    kind: kind ? viImport.value.kind[kind] : null,
    date: excelDate(event.date),
    decisionNumber: event.decisionNumber ?? null,
    otherUnit: otherUnit ?? null,
    note: eventNote(event),
  };
}

function filterLines(query: MemberListFilter): [string, string][] {
  const labels = viImport.export;
  const lines: [string, string][] = [];
  if (query.search) lines.push([labels.search, query.search]);
  if (query.statuses && query.statuses.length > 0) {
    lines.push([labels.statuses, query.statuses.map((status) => viMember.status[status]).join(', ')]);
  }
  if (query.unitCode) lines.push([labels.unit, query.unitCode]);
  if (query.gender) lines.push([labels.gender, viImport.value.gender[query.gender]]);
  if (query.ageBand) lines.push([labels.ageBand, viMember.ageBand[query.ageBand]]);
  if (query.theoryLevel) {
    lines.push([labels.theoryLevel, query.theoryLevel === 'none' ? labels.theoryNone : viImport.value.theory[query.theoryLevel]]);
  }
  return lines;
}

function addInfoSheet(workbook: ExcelJS.Workbook, list: MemberList, query: MemberListFilter) {
  const labels = viImport.export;
  const sheet = workbook.addWorksheet(SHEETS.info);
  sheet.columns = [{ width: 30 }, { width: 60 }];
  sheet.addRow([labels.title]).font = { bold: true, size: 15 };
  sheet.addRow([labels.asOf, formatViDate(list.asOf)]);
  sheet.addRow([labels.count, list.rows.length]);
  sheet.addRow([labels.total, list.total]);
  const filters = filterLines(query);
  if (filters.length === 0) sheet.addRow([labels.filters, labels.noFilter]);
  else {
    sheet.addRow([labels.filters]).font = { bold: true };
    for (const line of filters) sheet.addRow(line);
  }
}

const withAutoFilter = (sheet: Worksheet, columns: number) => {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
};

/**
 * The members list as a spreadsheet, in the list's order: "Đảng viên" in the template's columns plus "Trạng thái"
 * last, and "Biến động" with their later history, so the file can be imported into another register; "Thông tin"
 * says the day and the filters. Dates are real Excel dates.
 */
export async function buildExport(db: Db, query: MemberListFilter, today: IsoDate): Promise<{ fileName: string; bytes: Buffer }> {
  // Read in one transaction, so the list and the records are of the same moment.
  const { list, members } = db.transaction(() => {
    const list = listMembers(db, query, today);
    const history = eventsOfMembers(
      db,
      list.rows.map((row) => row.id),
    );
    const members = list.rows.flatMap((row) => {
      const member = findMember(db, row.id);
      return member ? [{ row, member, events: history.get(row.id) ?? [] }] : [];
    });
    return { list, members };
  })();
  const workbook = new ExcelJS.Workbook();
  const asDate = (column: ColumnKey) => (DATE_COLUMNS.has(column) ? DATE_FORMAT : undefined);
  const membersSheet = addTableSheet(workbook, SHEETS.members, [...MEMBER_COLUMNS, 'status'], asDate);
  const eventsSheet = addTableSheet(workbook, SHEETS.events, EVENT_COLUMNS, asDate);
  let eventIndex = 0;
  members.forEach(({ row, member, events }, index) => {
    membersSheet.addRow(memberValues(index, member, events, viMember.status[row.status]));
    for (const event of events) {
      if (kindKeyOf(event) === undefined) continue;
      eventsSheet.addRow(historyValues(member, event, eventIndex));
      eventIndex += 1;
    }
  });
  withAutoFilter(membersSheet, MEMBER_COLUMNS.length + 1);
  withAutoFilter(eventsSheet, EVENT_COLUMNS.length);
  addInfoSheet(workbook, list, query);
  return { fileName: exportFileName(list.asOf), bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
