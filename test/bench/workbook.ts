import { formatViDate } from '../../shared/dates/calendar';
import { ETHNICITIES } from '../../shared/members/ethnicities';
import { RELIGIONS } from '../../shared/members/religions';
import type { FilePayload } from '../../shared/members/views';
import { viImport } from '../../shared/i18n/vi/import';
import { workbookFile, type EventCells, type MemberCells } from '../unit/db/spreadsheet/workbook';
import type { MemberLife } from './histories';

const ethnicityName = new Map(ETHNICITIES.map((ethnicity) => [ethnicity.code, ethnicity.name]));
const religionName = new Map(RELIGIONS.map((religion) => [religion.code, religion.name]));
const words = viImport.value;

/**
 * The members as a secretary types them into the app's template: one row each in "Đảng viên" (admission and
 * recognition as columns; the ceremony date has no column), and their later history in "Biến động", tied by card
 * number or CCCD. A member with neither keeps only admission and recognition.
 */
export async function importFile(lives: readonly MemberLife[]): Promise<FilePayload> {
  const members: MemberCells[] = [];
  const events: EventCells[] = [];
  for (const { record, unitCode, events: history } of lives) {
    const admitted = history.find((event) => event.type === 'admitted');
    const official = history.find((event) => event.type === 'made_official');
    members.push({
      'Họ và tên': record.fullName,
      'Giới tính': words.gender[record.gender],
      'Ngày sinh': formatViDate(record.birthDate),
      'Dân tộc': ethnicityName.get(record.ethnicity) ?? 'Kinh',
      'Tôn giáo': religionName.get(record.religion) ?? 'Không',
      'Quê quán': record.hometown ?? null,
      'Số CCCD': record.citizenId ?? null,
      'Số thẻ đảng viên': record.partyCardNumber ?? null,
      'Ngày vào Đảng': admitted ? formatViDate(admitted.date) : null,
      'Ngày chính thức': official ? formatViDate(official.date) : null,
      'Trình độ chuyên môn': record.qualification ? words.qualification[record.qualification] : null,
      'Lý luận chính trị': record.theoryLevel ? words.theory[record.theoryLevel] : null,
      'Chức vụ': record.position ?? null,
      'Mã đơn vị': unitCode,
    });
    if (!record.partyCardNumber && !record.citizenId) continue;
    for (const event of history) {
      if (event.type === 'admitted' || event.type === 'made_official') continue;
      const kind = event.type === 'discipline' ? event.form : event.type;
      const otherUnit = 'otherUnit' in event ? event.otherUnit : (event.issuedBy ?? null);
      const note = event.type === 'badge' ? `${event.years} năm` : event.type === 'reward' ? event.title : (event.note ?? null);
      events.push({
        'Số thẻ đảng viên': record.partyCardNumber ?? null,
        'Số CCCD': record.citizenId ?? null,
        Loại: words.kind[kind],
        Ngày: formatViDate(event.date),
        'Số quyết định': event.decisionNumber ?? null,
        'Đơn vị liên quan': otherUnit,
        'Ghi chú': note,
      });
    }
  }
  return workbookFile({ members, events }, 'dang-vien-1000.xlsx');
}
