/**
 * Prints the member transfer file example of docs/exchange-format.md §15 (run: `npx tsx
 * test/helpers/print-transfer-example.ts`): a plain file signed with the TEST ONLY CB012 key of
 * test/helpers/exchange-keys.ts, then its content document indented. The content is built by the exporter's own
 * pieces (record and event shapes, the state replayed from the events before the transfer out), so it is what
 * `sochibo transfer export` would write for that member; the output is the same on every run.
 */
import { contentEvent, contentRecord } from '../../db/exchange/export/member-snapshot';
import { writeTransferFile } from '../../db/exchange/transfer/transfer-file';
import { TRANSFER_CONTENT_VERSION, transferContentSchema } from '../../shared/exchange/transfer-content';
import { memberEventSchema, type MemberEvent, type MemberEventInput } from '../../shared/members/events';
import { checkEventHistory } from '../../shared/members/event-fit';
import { memberRecordSchema } from '../../shared/members/record';
import { memberStateOn } from '../../shared/members/state';
import { testUnitKeys } from './exchange-keys';

const MEMBER_ID = 7;
const TRANSFERRED_OUT_ON = '2026-08-15';

const record = memberRecordSchema.parse({
  fullName: 'Lê Thị Hoa',
  gender: 'nu',
  birthDate: '1992-04-12',
  birthPlace: 'Xã Hải Bối, huyện Đông Anh, Hà Nội',
  hometown: 'Xã Giao Thủy, tỉnh Nam Định',
  permanentAddress: 'Số 12 ngõ 34 phố Đội Cấn, phường 5',
  ethnicity: '01',
  religion: 'khong',
  citizenId: '001192012345',
  occupation: 'Giáo viên',
  generalEducation: '12/12',
  qualification: 'dai_hoc',
  theoryLevel: 'so_cap',
  partyCardNumber: '52.034567',
});

const inputs: MemberEventInput[] = [
  { type: 'admitted', date: '2019-05-19', ceremonyDate: '2019-06-01', decisionNumber: '125-QĐ/ĐU', issuedBy: 'Đảng ủy phường 5' },
  { type: 'made_official', date: '2020-06-08', decisionNumber: '210-QĐ/ĐU', issuedBy: 'Đảng ủy phường 5' },
  {
    type: 'transferred_out',
    date: TRANSFERRED_OUT_ON,
    otherUnit: 'Chi bộ Khu phố 7 (CB020)',
    decisionNumber: '45-QĐ/ĐU',
    issuedBy: 'Đảng ủy phường 5',
  },
];
// As the register stores them: one event a day here, so each is the first (seq 1) of its day.
const events: MemberEvent[] = inputs.map((input, index) => ({ ...memberEventSchema.parse(input), id: index + 1, seq: 1 }));
const problem = checkEventHistory(events, { birthDate: record.birthDate, today: TRANSFERRED_OUT_ON });
if (problem) throw new Error(`the example's history does not hold together: ${problem.message}`);

const state = memberStateOn(events.slice(0, -1), TRANSFERRED_OUT_ON);
const content = transferContentSchema.parse({
  contentVersion: TRANSFER_CONTENT_VERSION,
  member: { id: MEMBER_ID, unit: { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo' }, record: contentRecord(record) },
  transferOut: { date: TRANSFERRED_OUT_ON, otherUnit: 'Chi bộ Khu phố 7 (CB020)', decisionNumber: '45-QĐ/ĐU', issuedBy: 'Đảng ủy phường 5', note: null },
  stateOnTransfer: {
    status: state.status,
    countedHere: state.countedHere,
    temporarilyAttached: state.temporarilyAttached,
    admittedOn: state.admittedOn,
    officialOn: state.officialOn,
    probationEndsOn: state.probationEndsOn,
    partyAgeMonths: state.partyAgeMonths,
  },
  events: events.map((event) => contentEvent(MEMBER_ID, event)),
});

const { bytes } = writeTransferFile({
  producer: { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05' },
  appVersion: '0.1.0',
  content,
  keys: testUnitKeys('CB012'),
  bundleId: '0d7a4f3c-9e21-4b6a-a8d5-3c2b1e0f9a87',
  createdAt: new Date('2026-08-16T02:30:00.000Z'),
});

const block = (info: string, text: string) => `\`\`\`${info}\n${text.trimEnd()}\n\`\`\`\n`;

process.stdout.write(
  [block('json example-transfer', bytes.toString('utf8')), block('json example-transfer-content', JSON.stringify(content, null, 2))].join('\n'),
);
