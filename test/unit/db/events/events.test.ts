import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMITTED, AN, MADE_OFFICIAL, openRegister, type Register } from '../members/register';

describe('a member’s events', () => {
  let register: Register;
  let memberId: number;
  const eventId = async (type: string, title?: string) => {
    const { events } = await register.call('members.get', { id: memberId });
    const found = events.find((event) => event.type === type && (title === undefined || ('title' in event && event.title === title)));
    if (!found) throw new Error(`no ${type} event`);
    return found.id;
  };

  beforeEach(async () => {
    register = await openRegister();
    memberId = (await register.call('members.create', { record: AN, events: [ADMITTED, MADE_OFFICIAL] })).id;
  });

  afterEach(() => register.cleanup());

  it('adds an event and answers with the member as it now stands', async () => {
    const member = await register.call('events.add', {
      memberId,
      event: { type: 'exemption_start', date: '01/12/2025', decisionNumber: '45-QĐ/CB', note: 'Điều trị dài ngày' },
    });
    expect(member.state.status).toBe('exempt');
    expect(member.events.at(-1)).toMatchObject({
      type: 'exemption_start',
      date: '2025-12-01',
      decisionNumber: '45-QĐ/CB',
      note: 'Điều trị dài ngày',
    });
  });

  it('keeps the type’s own details and orders same-day events in the order they were recorded', async () => {
    await register.call('events.add', { memberId, event: { type: 'reward', date: '19/05/2025', title: 'Giấy khen của Đảng ủy phường' } });
    const member = await register.call('events.add', {
      memberId,
      event: { type: 'temporary_out', date: '19/05/2025', otherUnit: 'Chi bộ Trường Chính trị tỉnh' },
    });
    expect(member.events.slice(-2)).toMatchObject([
      { type: 'reward', date: '2025-05-19', seq: 1, title: 'Giấy khen của Đảng ủy phường' },
      { type: 'temporary_out', date: '2025-05-19', seq: 2, otherUnit: 'Chi bộ Trường Chính trị tỉnh' },
    ]);
    expect(member.state.status).toBe('temporarily_away');
  });

  it('refuses an event that does not fit, saying why on the event’s date, and writes nothing', async () => {
    const audit = register.count('audit_log');
    const result = await register.attempt('events.add', { memberId, event: { type: 'made_official', date: '01/06/2025' } });
    expect(result).toEqual({
      ok: false,
      error: {
        type: 'validation',
        message: 'rules.already_official',
        params: { officialOn: '10/04/2025' },
        issues: [{ path: 'event.date', message: 'rules.already_official', params: { officialOn: '10/04/2025' } }],
      },
    });
    expect(register.count('member_events')).toBe(2);
    expect(register.count('audit_log')).toBe(audit);
  });

  it('re-validates the whole history when a date is corrected', async () => {
    const admission = await eventId('admitted');
    // A ceremony on 1/9/2024 puts the end of probation after the recognition of 10/4/2025.
    const result = await register.attempt('events.update', {
      id: admission,
      event: { ...ADMITTED, ceremonyDate: '01/09/2024' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'rules.official_too_early.ceremony', params: { endsOn: '01/09/2025' }, issues: [{ path: 'event.date' }] },
    });

    const corrected = await register.call('events.update', { id: admission, event: { ...ADMITTED, date: '01/03/2024', ceremonyDate: '20/03/2024' } });
    expect(corrected.state).toMatchObject({ status: 'official', admittedOn: '2024-03-01', ceremonyOn: '2024-03-20', partyAgeMonths: 22 });
  });

  it('makes the member probationary again when the recognition is deleted', async () => {
    const member = await register.call('events.delete', { id: await eventId('made_official') });
    expect(member.state).toMatchObject({ status: 'probationary', officialOn: null });
    expect(member.events.map((event) => event.type)).toEqual(['admitted']);
  });

  it('refuses to delete an event the rest of the history stands on', async () => {
    const result = await register.attempt('events.delete', { id: await eventId('admitted') });
    expect(result).toMatchObject({ ok: false, error: { type: 'validation', message: 'rules.before_admission' } });
    expect(result).not.toHaveProperty('error.issues');
    expect(register.count('member_events')).toBe(2);
  });

  it('moves an event to the end of its new day', async () => {
    await register.call('events.add', { memberId, event: { type: 'reward', date: '02/09/2025', title: 'Giấy khen' } });
    await register.call('events.add', { memberId, event: { type: 'reward', date: '01/09/2025', title: 'Bằng khen' } });
    const giayKhen = await eventId('reward', 'Giấy khen');
    const moved = await register.call('events.update', { id: giayKhen, event: { type: 'reward', date: '01/09/2025', title: 'Giấy khen' } });
    expect(moved.events.slice(-2).map((event) => [event.type === 'reward' && event.title, event.date, event.seq])).toEqual([
      ['Bằng khen', '2025-09-01', 1],
      ['Giấy khen', '2025-09-01', 2],
    ]);
  });

  it('answers “not found” for an event or member the register does not have', async () => {
    expect(await register.attempt('events.update', { id: 999, event: MADE_OFFICIAL })).toEqual({
      ok: false,
      error: { type: 'not_found', message: 'errors.event_not_found', params: { id: 999 } },
    });
    expect(await register.attempt('events.delete', { id: 999 })).toMatchObject({ ok: false, error: { message: 'errors.event_not_found' } });
    expect(await register.attempt('events.add', { memberId: 999, event: MADE_OFFICIAL })).toMatchObject({
      ok: false,
      error: { message: 'errors.member_not_found' },
    });
  });
});
