import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallInput } from '../../../../shared/api/contract';
import { createTranslator } from '../../../../shared/i18n/translator';
import { openRegister, type Register } from '../members/register';

// Source under test: db/candidates/*.ts through dispatch ('candidates.*'), over shared/candidates/*.ts.
// Today is 05/01/2026 (register.ts).

const { t } = createTranslator();

const PERSON = {
  fullName: 'Phạm Thị Hoa',
  gender: 'nu',
  birthDate: '12/08/1998',
  ethnicity: '01',
  religion: 'khong',
  citizenId: '001198012345',
  birthPlace: 'Hà Nội',
} as const;

/** A candidate who has gone through every stage up to the admission decision. */
const DECIDED: CallInput<'candidates.create'> = {
  record: PERSON,
  unitCode: '',
  identifiedOn: '10/01/2025',
  certificateOn: '20/03/2025',
  certificateNumber: '125/GCN',
  applicationOn: '01/04/2025',
  verificationOn: '15/06/2025',
  resolutionOn: '10/09/2025',
  decisionOn: '15/10/2025',
  decisionNumber: '45-QĐ/ĐU',
  decisionBody: 'Đảng ủy phường Hòa Bình',
};

describe('candidates', () => {
  let register: Register;
  beforeEach(async () => {
    register = await openRegister();
  });
  afterEach(() => register.cleanup());

  const audit = () =>
    register.store.db
      .prepare("SELECT entity_id AS entityId, action FROM audit_log WHERE entity = 'candidate' ORDER BY id")
      .all();
  const message = (error: { message: string; params?: Record<string, string | number> }) => t(error.message, error.params);

  it('records a candidate with the stages reached, the current stage and the next step, and audits it', async () => {
    const created = await register.call('candidates.create', {
      record: PERSON,
      identifiedOn: '10/01/2025',
      certificateOn: '20/03/2025',
      certificateNumber: '125/GCN',
      helpers: [{ name: 'Nguyễn Văn Giúp' }],
    });
    expect(created).toMatchObject({
      fullName: 'Phạm Thị Hoa',
      unitCode: 'CB012',
      identifiedOn: '2025-01-10',
      certificateOn: '2025-03-20',
      helpers: [{ memberId: null, name: 'Nguyễn Văn Giúp' }],
      state: {
        status: 'active',
        stage: 'class',
        stageOn: '2025-03-20',
        next: 'application',
        certificate: { on: '2025-03-20', number: '125/GCN', expiresOn: '2030-03-20', alert: null },
        warnings: [],
      },
    });
    expect(await register.call('candidates.get', { id: created.id })).toEqual(created);
    expect(audit()).toEqual([{ entityId: created.id, action: 'create' }]);
  });

  it('refuses a stage dated before the one before it, naming both stages', async () => {
    const result = await register.attempt('candidates.create', { ...DECIDED, verificationOn: '20/03/2025' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(message(result.error)).toBe(
      'Ngày thẩm tra lý lịch (20/03/2025) không thể trước ngày nộp đơn xin vào Đảng (01/04/2025).',
    );
    expect(result.error.issues?.[0]).toMatchObject({ path: 'verificationOn' });
    expect(register.count('audit_log')).toBe(0);
  });

  it('refuses a stage whose predecessor is missing, and a date after today', async () => {
    const skipped = await register.attempt('candidates.create', { ...DECIDED, verificationOn: undefined });
    expect(!skipped.ok && message(skipped.error)).toBe(
      'Chưa có ngày thẩm tra lý lịch: hãy ghi trước khi ghi nghị quyết chi bộ đề nghị kết nạp.',
    );
    const future = await register.attempt('candidates.create', { record: PERSON, identifiedOn: '10/02/2026' });
    expect(!future.ok && message(future.error)).toBe(
      'Ngày 10/02/2026 chưa tới (hôm nay là 05/01/2026): chỉ ghi những việc đã diễn ra.',
    );
  });

  it('warns when the certificate had expired on the resolution day, and refuses the admission decision then', async () => {
    const stale = { ...DECIDED, certificateOn: '10/02/2020', identifiedOn: '10/01/2020', decisionOn: undefined, decisionNumber: undefined, decisionBody: undefined };
    const resolved = await register.call('candidates.create', stale);
    expect(resolved.state.warnings.map((warning) => t(warning.key, warning.params))).toEqual([
      'Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng cấp ngày 10/02/2020 đã hết hạn ngày 10/02/2025, trước ngày nghị quyết chi bộ (10/09/2025). Theo Hướng dẫn 12-HD/BTCTW ngày 18/01/2022 (verify), giấy chứng nhận có giá trị 60 tháng: sẽ không ghi được quyết định kết nạp cho đến khi học lại.',
    ]);
    const decided = await register.attempt('candidates.update', { id: resolved.id, candidate: { ...stale, decisionOn: '15/10/2025', decisionNumber: '45-QĐ/ĐU', decisionBody: 'Đảng ủy phường' } });
    expect(!decided.ok && decided.error).toMatchObject({
      message: 'candidates.validation.certificate_expired_at_resolution',
      issues: [expect.objectContaining({ path: 'decisionOn' })],
    });
    expect(await register.call('candidates.get', { id: resolved.id })).toEqual(resolved);
  });

  it('flags a certificate expiring within six months on the list and says what comes next', async () => {
    await register.call('candidates.create', { record: { ...PERSON, citizenId: undefined, fullName: 'Lê Văn Bảo' }, identifiedOn: '01/01/2021', certificateOn: '01/05/2021' });
    await register.call('candidates.create', { record: { ...PERSON, citizenId: undefined, fullName: 'Trần Văn An' }, identifiedOn: '01/01/2020', certificateOn: '01/12/2020' });
    const list = await register.call('candidates.list', {});
    expect(list.active.map((candidate) => [candidate.fullName, candidate.state.certificate?.expiresOn, candidate.state.certificate?.alert, candidate.state.next])).toEqual([
      ['Trần Văn An', '2025-12-01', 'expired', 'retake_class'],
      ['Lê Văn Bảo', '2026-05-01', 'soon', 'application'],
    ]);
  });

  it('warns on the candidate when the admission age rule would not be met', async () => {
    const young = await register.call('candidates.create', { record: { ...PERSON, birthDate: '01/06/2008' }, identifiedOn: '01/12/2025' });
    expect(young.state.warnings.map((warning) => warning.key)).toEqual(['candidates.warning.too_young']);
    expect(t(young.state.warnings[0]?.key ?? '', young.state.warnings[0]?.params)).toContain('Quy định 294-QĐ/TW ngày 26/5/2025');
  });

  it('refuses a helper of the register who was not an official member on the day identified', async () => {
    const member = await register.call('members.create', {
      record: { fullName: 'Đỗ Văn Dự', gender: 'nam', birthDate: '01/01/1990', ethnicity: '01', religion: 'khong' },
      events: [{ type: 'admitted', date: '01/06/2024', ceremonyDate: '10/06/2024' }],
    });
    const result = await register.attempt('candidates.create', { record: PERSON, identifiedOn: '10/01/2025', helpers: [{ memberId: member.id }] });
    expect(!result.ok && message(result.error)).toBe(
      'Ngày 10/01/2025 đồng chí Đỗ Văn Dự chưa là đảng viên chính thức: chỉ đảng viên chính thức được phân công giúp đỡ.',
    );
  });

  it('lists a dropped candidate apart and refuses its ceremony', async () => {
    const dropped = await register.call('candidates.create', { ...DECIDED, droppedOn: '01/11/2025', dropReason: 'Chuyển công tác' });
    const list = await register.call('candidates.list', {});
    expect(list.active).toEqual([]);
    expect(list.dropped.map((candidate) => [candidate.fullName, candidate.droppedOn, candidate.dropReason])).toEqual([
      ['Phạm Thị Hoa', '2025-11-01', 'Chuyển công tác'],
    ]);
    const admit = await register.attempt('candidates.admit', { id: dropped.id, ceremonyOn: '20/11/2025' });
    expect(!admit.ok && message(admit.error)).toBe('Chi bộ đã thôi theo dõi Phạm Thị Hoa từ ngày 01/11/2025: không ghi được lễ kết nạp.');
  });

  it('creates the probationary member at the ceremony, links it, and keeps the candidate read-only', async () => {
    const candidate = await register.call('candidates.create', DECIDED);
    const { candidate: admitted, memberId } = await register.call('candidates.admit', { id: candidate.id, ceremonyOn: '01/11/2025' });
    expect(admitted).toMatchObject({ memberId, ceremonyOn: '2025-11-01', state: { status: 'admitted', stage: 'ceremony', next: null } });

    const member = await register.call('members.get', { id: memberId });
    expect(member.record).toMatchObject({ fullName: 'Phạm Thị Hoa', birthDate: '1998-08-12', citizenId: '001198012345', birthPlace: 'Hà Nội' });
    expect(member.unitCode).toBe('CB012');
    expect(member.events).toEqual([
      expect.objectContaining({ type: 'admitted', date: '2025-10-15', ceremonyDate: '2025-11-01', decisionNumber: '45-QĐ/ĐU', issuedBy: 'Đảng ủy phường Hòa Bình' }),
    ]);
    expect(member.state).toMatchObject({ status: 'probationary', ceremonyOn: '2025-11-01', probationEndsOn: '2026-11-01' });

    const list = await register.call('candidates.list', {});
    expect(list.admitted.map((row) => row.memberId)).toEqual([memberId]);
    const edit = await register.attempt('candidates.update', { id: candidate.id, candidate: DECIDED });
    expect(!edit.ok && edit.error.message).toBe('candidates.errors.admitted');
    const remove = await register.attempt('candidates.delete', { id: candidate.id });
    expect(!remove.ok && message(remove.error)).toBe(
      'Phạm Thị Hoa đã được kết nạp (lễ kết nạp ngày 01/11/2025): hồ sơ chỉ còn để xem; hãy sửa trên trang đảng viên.',
    );
    const again = await register.attempt('candidates.admit', { id: candidate.id, ceremonyOn: '02/11/2025' });
    expect(again.ok).toBe(false);
    expect(audit()).toEqual([
      { entityId: candidate.id, action: 'create' },
      { entityId: candidate.id, action: 'update' },
    ]);
  });

  it('writes nothing when the member creation refuses, and says why', async () => {
    const young = await register.call('candidates.create', { ...DECIDED, record: { ...PERSON, birthDate: '01/01/2008' } });
    const members = register.count('members');
    const auditRows = register.count('audit_log');
    const result = await register.attempt('candidates.admit', { id: young.id, ceremonyOn: '01/11/2025' });
    expect(!result.ok && message(result.error)).toMatch(/^Chưa đủ 18 tuổi khi có quyết định kết nạp \(17 tuổi 9 tháng\)/);
    expect(register.count('members')).toBe(members);
    expect(register.count('audit_log')).toBe(auditRows);
    expect(await register.call('candidates.get', { id: young.id })).toEqual(young);
  });

  it('refuses a ceremony before the decision through the member rules, and one without a decision', async () => {
    const candidate = await register.call('candidates.create', DECIDED);
    const early = await register.attempt('candidates.admit', { id: candidate.id, ceremonyOn: '01/10/2025' });
    expect(!early.ok && message(early.error)).toBe('Ngày lễ kết nạp (01/10/2025) không thể trước ngày quyết định kết nạp (15/10/2025).');
    const undecided = await register.call('candidates.create', { record: { ...PERSON, citizenId: undefined }, identifiedOn: '10/01/2025' });
    const none = await register.attempt('candidates.admit', { id: undecided.id, ceremonyOn: '01/11/2025' });
    expect(!none.ok && none.error.message).toBe('candidates.errors.no_decision');
    expect(register.count('members')).toBe(0);
  });

  it('deletes a candidate not admitted, with its helpers, and audits it', async () => {
    const candidate = await register.call('candidates.create', { ...DECIDED, helpers: [{ name: 'Nguyễn Văn Giúp' }] });
    expect(await register.call('candidates.delete', { id: candidate.id })).toEqual({ id: candidate.id });
    expect((await register.call('candidates.list', {})).active).toEqual([]);
    expect(register.store.db.prepare('SELECT count(*) AS n FROM candidate_helpers').get()).toEqual({ n: 0 });
    expect(audit()).toEqual([
      { entityId: candidate.id, action: 'create' },
      { entityId: candidate.id, action: 'delete' },
    ]);
  });
});
