import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recommendationReminders } from '../../../../db/inspections/reminders';
import type { CallInput } from '../../../../shared/api/contract';
import type { MemberEventInput } from '../../../../shared/members/events';
import { AN, HOME, openRegister, TODAY, type Register } from '../members/register';

// Source under test: db/inspections/*.ts through dispatch ('inspections.*', 'ktgsPlan.*'); "today" is 2026-01-05.

const ADMITTED: MemberEventInput = { type: 'admitted', date: '05/01/2010' };
const OFFICIAL: MemberEventInput = { type: 'made_official', date: '01/02/2011' };
const REPRIMAND: MemberEventInput = { type: 'discipline', date: '20/12/2025', form: 'khien_trach', decisionNumber: '05-QĐ/CB' };

describe('inspection and supervision records', () => {
  let register: Register;
  let an: number;
  let binh: number;
  const add = async (fullName: string, events: MemberEventInput[]) =>
    (await register.call('members.create', { record: { ...AN, fullName, citizenId: '', partyCardNumber: '' }, unitCode: '', events })).id;
  const audit = (entity: string) =>
    register.store.db
      .prepare('SELECT entity_id AS entityId, member_id AS memberId, action FROM audit_log WHERE entity = ? ORDER BY id')
      .all(entity);

  beforeEach(async () => {
    register = await openRegister();
    an = await add('Trần Văn An', [ADMITTED, OFFICIAL, REPRIMAND]);
    binh = await add('Lê Thị Bình', [ADMITTED, OFFICIAL, REPRIMAND]);
  });
  afterEach(() => register.cleanup());

  /** A supervision of Trần Văn An the cell conducted in December, with one recommendation overdue and one due soon. */
  const supervision = (changes: Partial<CallInput<'inspections.create'>> = {}): CallInput<'inspections.create'> => ({
    direction: 'conducted',
    activity: 'giam_sat',
    kind: 'thuong_xuyen',
    basis: 'ad_hoc',
    conductedBy: 'Chi ủy Chi bộ Khu phố 3',
    startDate: '01/12/2025',
    endDate: '15/12/2025',
    subjectType: 'member',
    memberId: an,
    content: 'Việc thực hiện nhiệm vụ đảng viên',
    shortcomings: 'Chưa gương mẫu nơi cư trú',
    violation: true,
    conclusion: 'Có vi phạm, đề nghị kiểm điểm',
    recommendations: [
      { content: 'Viết bản kiểm điểm', deadline: '31/12/2025', responsible: 'Đồng chí An' },
      { content: 'Báo cáo khắc phục', deadline: '15/01/2026' },
      { content: 'Tự sửa chữa', deadline: '28/02/2026' },
    ],
    ...changes,
  });

  it('records a supervision of a member, lists it in its year with open and overdue counts, and audits it', async () => {
    const created = await register.call('inspections.create', supervision());
    expect(created).toMatchObject({
      subject: { type: 'member', memberId: an, fullName: 'Trần Văn An' },
      startDate: '2025-12-01',
      violation: true,
      recommendationCounts: { total: 3, open: 3, overdue: 1 },
      today: TODAY,
    });
    expect(created.recommendations.map((row) => row.state)).toEqual(['overdue', 'open', 'open']);
    expect(await register.call('inspections.get', { id: created.id })).toEqual(created);
    const list = await register.call('inspections.list', { year: 2025 });
    expect(list.inspections).toEqual([expect.objectContaining({ id: created.id, recommendationCounts: { total: 3, open: 3, overdue: 1 } })]);
    expect((await register.call('inspections.list', { year: 2026 })).inspections).toEqual([]);
    expect(audit('inspection')).toEqual([{ entityId: created.id, memberId: an, action: 'create' }]);
  });

  it('reports a recommendation past its deadline as overdue and as a reminder; marking it done removes it', async () => {
    const created = await register.call('inspections.create', supervision());
    const reminders = recommendationReminders(register.store.db, TODAY);
    expect(reminders).toEqual([
      {
        kind: 'recommendation_overdue',
        date: '2025-12-31',
        inspectionId: created.id,
        recommendationId: created.recommendations[0]!.id,
        content: 'Viết bản kiểm điểm',
        responsible: 'Đồng chí An',
        subject: 'Trần Văn An',
      },
      expect.objectContaining({ kind: 'recommendation_due', date: '2026-01-15', content: 'Báo cáo khắc phục', responsible: null }),
    ]);

    const first = created.recommendations[0]!.id;
    const done = await register.call('inspections.recommendationStatus', { id: first, doneOn: '04/01/2026', note: 'Đã nộp' });
    expect(done.recommendations[0]).toMatchObject({ state: 'done', doneOn: '2026-01-04', note: 'Đã nộp' });
    expect(done.recommendationCounts).toEqual({ total: 3, open: 2, overdue: 0 });
    expect(recommendationReminders(register.store.db, TODAY).map((reminder) => reminder.content)).toEqual(['Báo cáo khắc phục']);

    const reopened = await register.call('inspections.recommendationStatus', { id: first, doneOn: null });
    expect(reopened.recommendations[0]).toMatchObject({ state: 'overdue', doneOn: null, note: 'Đã nộp' });
    expect(audit('inspection').map((row) => (row as { action: string }).action)).toEqual(['create', 'update', 'update']);
  });

  it('refuses a recommendation done on a day still to come or before the round began', async () => {
    const created = await register.call('inspections.create', supervision());
    const id = created.recommendations[0]!.id;
    expect(await register.attempt('inspections.recommendationStatus', { id, doneOn: '06/01/2026' })).toMatchObject({
      ok: false,
      error: { type: 'conflict', message: 'inspections.errors.done_in_future', params: { date: '06/01/2026' } },
    });
    expect(await register.attempt('inspections.recommendationStatus', { id, doneOn: '30/11/2025' })).toMatchObject({
      ok: false,
      error: { message: 'inspections.errors.done_before_start', params: { date: '30/11/2025', start: '01/12/2025' } },
    });
  });

  it('links the member’s own discipline, refuses another member’s, and forgets a deleted one', async () => {
    const anEvent = (await register.call('members.get', { id: an })).events.find((event) => event.type === 'discipline')!;
    const binhEvent = (await register.call('members.get', { id: binh })).events.find((event) => event.type === 'discipline')!;
    const auditBefore = register.count('audit_log');
    expect(await register.attempt('inspections.create', supervision({ disciplineEventId: binhEvent.id }))).toMatchObject({
      ok: false,
      error: {
        type: 'conflict',
        message: 'inspections.errors.discipline_not_members',
        params: { name: 'Trần Văn An' },
        issues: [{ path: 'disciplineEventId' }],
      },
    });
    const admitted = (await register.call('members.get', { id: an })).events.find((event) => event.type === 'admitted')!;
    expect(await register.attempt('inspections.create', supervision({ disciplineEventId: admitted.id }))).toMatchObject({
      ok: false,
      error: { message: 'inspections.errors.discipline_not_members' },
    });
    expect(register.count('audit_log')).toBe(auditBefore);

    const linked = await register.call('inspections.create', supervision({ disciplineEventId: anEvent.id }));
    expect(linked.discipline).toEqual({
      eventId: anEvent.id,
      memberId: an,
      fullName: 'Trần Văn An',
      form: 'khien_trach',
      date: '2025-12-20',
      decisionNumber: '05-QĐ/CB',
    });
    await register.call('events.delete', { id: anEvent.id });
    expect((await register.call('inspections.get', { id: linked.id })).discipline).toBeNull();
  });

  it('keeps each recommendation’s id and status through an edit, and refuses another record’s recommendation', async () => {
    const created = await register.call('inspections.create', supervision());
    const [first, second, third] = created.recommendations;
    await register.call('inspections.recommendationStatus', { id: first!.id, doneOn: '02/01/2026' });
    const input = supervision();
    const updated = await register.call('inspections.update', {
      id: created.id,
      inspection: {
        ...input,
        recommendations: [
          { id: third!.id, content: 'Tự sửa chữa, báo cáo chi bộ', deadline: '28/02/2026' },
          { id: first!.id, content: 'Viết bản kiểm điểm', deadline: '31/12/2025', responsible: 'Đồng chí An', doneOn: '02/01/2026' },
          { content: 'Kiến nghị mới', deadline: '31/03/2026' },
        ],
      },
    });
    expect(updated.recommendations.map((row) => [row.id, row.content, row.state])).toEqual([
      [third!.id, 'Tự sửa chữa, báo cáo chi bộ', 'open'],
      [first!.id, 'Viết bản kiểm điểm', 'done'],
      [expect.any(Number), 'Kiến nghị mới', 'open'],
    ]);
    expect(updated.recommendations.some((row) => row.id === second!.id)).toBe(false);

    const other = await register.call('inspections.create', supervision({ memberId: binh, recommendations: [] }));
    expect(
      await register.attempt('inspections.update', {
        id: other.id,
        inspection: { ...supervision({ memberId: binh }), recommendations: [{ id: third!.id, content: 'Lấy', deadline: '28/02/2026' }] },
      }),
    ).toMatchObject({ ok: false, error: { message: 'inspections.errors.recommendation_not_found', issues: [{ path: 'recommendations.0.id' }] } });
  });

  it('records a visit received by the home unit, refuses an unknown unit, and deletes with an audit row', async () => {
    const visit = await register.call('inspections.create', {
      ...supervision({ direction: 'received', activity: 'kiem_tra', kind: 'chuyen_de', basis: 'plan' }),
      conductedBy: 'Ủy ban Kiểm tra Đảng ủy phường',
      subjectType: 'unit',
      unitCode: HOME.code,
      recommendations: [],
    });
    expect(visit).toMatchObject({ subject: { type: 'unit', unitCode: 'CB012', name: HOME.name, isHome: true }, planItem: null });
    expect(await register.attempt('inspections.create', { ...supervision(), subjectType: 'unit', unitCode: 'XX99' })).toMatchObject({
      ok: false,
      error: { type: 'not_found', message: 'errors.unit_not_found', issues: [{ path: 'unitCode' }] },
    });
    expect(await register.call('inspections.delete', { id: visit.id })).toEqual({ id: visit.id });
    expect(await register.attempt('inspections.get', { id: visit.id })).toMatchObject({ ok: false, error: { message: 'inspections.errors.not_found' } });
    expect(audit('inspection')).toEqual([
      { entityId: visit.id, memberId: null, action: 'create' },
      { entityId: visit.id, memberId: null, action: 'delete' },
    ]);
  });
});

describe('the annual KTGS plan', () => {
  let register: Register;
  let an: number;
  beforeEach(async () => {
    register = await openRegister();
    an = (await register.call('members.create', { record: AN, unitCode: '', events: [ADMITTED, OFFICIAL] })).id;
  });
  afterEach(() => register.cleanup());

  const item = (changes: Partial<CallInput<'ktgsPlan.add'>> = {}): CallInput<'ktgsPlan.add'> => ({
    year: 2025,
    activity: 'giam_sat',
    kind: 'thuong_xuyen',
    subjectType: 'member',
    memberId: an,
    period: 'Q3',
    content: 'Giám sát việc giữ mối liên hệ nơi cư trú',
    conductedBy: 'Chi ủy',
    ...changes,
  });

  it('shows an item fulfilled once a record names it, and a past quarter’s unfulfilled item as missed', async () => {
    const fulfilled = await register.call('ktgsPlan.add', item());
    const missed = await register.call('ktgsPlan.add', item({ period: 'Q2', subjectType: 'text', subjectText: 'Các đảng viên trẻ' }));
    expect(fulfilled).toMatchObject({ state: 'missed', due: '2025-09-30', fulfilledBy: [] });
    const record = await register.call('inspections.create', {
      direction: 'conducted',
      activity: 'giam_sat',
      kind: 'thuong_xuyen',
      basis: 'plan',
      planItemId: fulfilled.id,
      conductedBy: 'Chi ủy',
      startDate: '15/09/2025',
      subjectType: 'member',
      memberId: an,
    });
    expect(record.planItem).toEqual({ id: fulfilled.id, year: 2025, period: 'Q3', content: 'Giám sát việc giữ mối liên hệ nơi cư trú' });
    const plan = await register.call('ktgsPlan.get', { year: 2025 });
    expect(plan.items.map((row) => [row.id, row.state, row.fulfilledBy.map((ref) => ref.id)])).toEqual([
      [missed.id, 'missed', []],
      [fulfilled.id, 'fulfilled', [record.id]],
    ]);
    expect(plan.items[0]!.subject).toEqual({ type: 'text', text: 'Các đảng viên trẻ' });
    expect((await register.call('ktgsPlan.add', item({ year: 2026, period: 'Q1' }))).state).toBe('pending');
  });

  it('refuses deleting an item a record fulfils, naming the record; deletes one that none does; audits', async () => {
    const planned = await register.call('ktgsPlan.add', item());
    const spare = await register.call('ktgsPlan.add', item({ period: 'Q4' }));
    await register.call('inspections.create', {
      direction: 'conducted',
      activity: 'giam_sat',
      kind: 'thuong_xuyen',
      basis: 'plan',
      planItemId: planned.id,
      conductedBy: 'Chi ủy',
      startDate: '15/09/2025',
      subjectType: 'member',
      memberId: an,
    });
    expect(await register.attempt('ktgsPlan.delete', { id: planned.id })).toMatchObject({
      ok: false,
      error: { type: 'conflict', message: 'inspections.errors.plan_item_fulfilled', params: { date: '15/09/2025', subject: AN.fullName } },
    });
    await register.call('ktgsPlan.update', { id: spare.id, item: item({ period: 'M11', content: 'Giám sát tháng 11' }) });
    expect(await register.call('ktgsPlan.delete', { id: spare.id })).toEqual({ id: spare.id });
    expect((await register.call('ktgsPlan.get', { year: 2025 })).items.map((row) => row.id)).toEqual([planned.id]);
    expect(
      register.store.db.prepare("SELECT entity_id AS id, member_id AS memberId, action FROM audit_log WHERE entity = 'ktgs_plan' ORDER BY id").all(),
    ).toEqual([
      { id: planned.id, memberId: an, action: 'create' },
      { id: spare.id, memberId: an, action: 'create' },
      { id: spare.id, memberId: an, action: 'update' },
      { id: spare.id, memberId: an, action: 'delete' },
    ]);
  });
});
