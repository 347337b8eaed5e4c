import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMITTED, AN, MADE_OFFICIAL, NOW, openRegister, type Register } from './members/register';

describe('the audit log', () => {
  let register: Register;

  beforeEach(async () => {
    register = await openRegister();
  });

  afterEach(() => register.cleanup());

  it('tells a member’s whole story, newest first, with the values before and after each change', async () => {
    const created = await register.call('members.create', { record: AN, events: [ADMITTED] });
    const admission = created.events[0]?.id;
    await register.call('members.update', { id: created.id, record: { ...AN, phone: '0912345678' }, unitCode: '' });
    const withRecognition = await register.call('events.add', { memberId: created.id, event: MADE_OFFICIAL });
    const recognition = withRecognition.events[1]?.id;
    await register.call('events.update', { id: recognition as number, event: { ...MADE_OFFICIAL, date: '15/04/2025' } });
    await register.call('events.delete', { id: recognition as number });

    const history = await register.call('members.history', { id: created.id });
    expect(history.map((entry) => [entry.entity, entry.action])).toEqual([
      ['event', 'delete'],
      ['event', 'update'],
      ['event', 'create'],
      ['member', 'update'],
      ['event', 'create'],
      ['member', 'create'],
    ]);
    expect(history.every((entry) => entry.at === NOW.toISOString())).toBe(true);
    expect(history[0]).toMatchObject({ entityId: recognition, before: { type: 'made_official', date: '2025-04-15' }, after: null });
    expect(history[1]).toMatchObject({ before: { date: '2025-04-10', decisionNumber: '310-QĐ/ĐU' }, after: { date: '2025-04-15' } });
    expect(history[3]).toMatchObject({ before: { fullName: 'Nguyễn Văn An' }, after: { phone: '0912345678' } });
    expect(history[4]).toMatchObject({
      entityId: admission,
      before: null,
      after: { type: 'admitted', date: '2024-03-15', ceremonyDate: '2024-04-01', decisionNumber: '125-QĐ/ĐU' },
    });
    expect(history[5]).toMatchObject({
      entity: 'member',
      entityId: created.id,
      before: null,
      after: { unitCode: 'CB012', fullName: 'Nguyễn Văn An', birthDate: '1980-05-17', citizenId: '001080012345' },
    });
  });

  it('keeps only the member’s own rows in its story', async () => {
    const an = await register.call('members.create', { record: AN, events: [] });
    await register.call('members.create', { record: { ...AN, fullName: 'Lê Thị Bình', citizenId: '', partyCardNumber: '' }, events: [] });
    await register.call('org.add', { code: 'CB013', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'CB012' });
    expect(await register.call('members.history', { id: an.id })).toHaveLength(1);
  });

  it('leaves the member’s dues and rating rows out of the record’s story (their pages show them)', async () => {
    const an = await register.call('members.create', { record: AN, events: [ADMITTED] });
    await register.call('dues.setBasis', { memberId: an.id, fromMonth: '2025-01', category: 'salary', amountVnd: 8_000_000 });
    expect((await register.call('members.history', { id: an.id })).map((entry) => entry.entity)).toEqual(['event', 'member']);
  });

  it('records each change to the organisations', async () => {
    await register.call('org.add', { code: 'CB013', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'CB012' });
    await register.call('org.rename', { code: 'CB013', name: 'Chi bộ Tổ dân phố 4' });
    await register.call('org.close', { code: 'CB013', closedOn: '31/12/2025' });

    const rows = register.store.db
      .prepare("SELECT action, member_id, before, after FROM audit_log WHERE entity = 'organisation' ORDER BY id")
      .all() as { action: string; member_id: number | null; before: string | null; after: string }[];
    expect(rows.map((row) => ({ ...row, before: row.before && JSON.parse(row.before), after: JSON.parse(row.after) }))).toEqual([
      {
        action: 'create',
        member_id: null,
        before: null,
        after: { code: 'CB013', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'CB012', closedOn: null },
      },
      {
        action: 'update',
        member_id: null,
        before: expect.objectContaining({ name: 'Chi bộ Khu phố 4' }),
        after: expect.objectContaining({ name: 'Chi bộ Tổ dân phố 4' }),
      },
      {
        action: 'update',
        member_id: null,
        before: expect.objectContaining({ closedOn: null }),
        after: expect.objectContaining({ closedOn: '2025-12-31' }),
      },
    ]);
  });

  it('cannot be rewritten through the open register', async () => {
    await register.call('members.create', { record: AN, events: [ADMITTED] });
    const db = register.store.db;
    expect(() => db.prepare("UPDATE audit_log SET at = '2000-01-01T00:00:00.000Z'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(register.count('audit_log')).toBe(2);
  });
});
