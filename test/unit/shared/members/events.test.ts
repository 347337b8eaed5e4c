import { describe, expect, it } from 'vitest';
import { memberEventSchema } from '../../../../shared/members/events';

function messagesOf(input: Record<string, unknown>): Record<string, string[]> {
  const messages: Record<string, string[]> = {};
  for (const issue of memberEventSchema.safeParse(input).error?.issues ?? []) {
    (messages[issue.path.join('.')] ??= []).push(issue.message);
  }
  return messages;
}

describe('a member event', () => {
  it('takes its dates as dd/mm/yyyy and keeps them as ISO', () => {
    expect(memberEventSchema.parse({ type: 'admitted', date: '19/5/2010', ceremonyDate: '02/06/2010', decisionNumber: ' 123-QĐ/ĐU ' })).toEqual({
      type: 'admitted',
      date: '2010-05-19',
      ceremonyDate: '2010-06-02',
      decisionNumber: '123-QĐ/ĐU',
    });
  });

  it('leaves a blank ceremony date out', () => {
    expect(memberEventSchema.parse({ type: 'admitted', date: '2010-05-19', ceremonyDate: '' })).toEqual({ type: 'admitted', date: '2010-05-19' });
  });

  it('asks for the kind of event when it is missing or unknown', () => {
    expect(messagesOf({ date: '2020-01-01' })).toEqual({ type: ['validation.event_type_required'] });
    expect(messagesOf({ type: 'promoted', date: '2020-01-01' })).toEqual({ type: ['validation.event_type_required'] });
  });

  it('asks for a date once, and says when it is not a real day', () => {
    expect(messagesOf({ type: 'died' })).toEqual({ date: ['validation.date_required'] });
    expect(messagesOf({ type: 'died', date: ' ' })).toEqual({ date: ['validation.date_required'] });
    expect(messagesOf({ type: 'died', date: '30/02/2020' })).toEqual({ date: ['validation.date_invalid'] });
  });

  it('asks for the other unit of a transfer', () => {
    for (const type of ['transferred_in', 'transferred_out', 'temporary_in', 'temporary_out']) {
      expect(messagesOf({ type, date: '2020-01-01', otherUnit: '  ' }), type).toEqual({ otherUnit: ['validation.other_unit_required'] });
      expect(messagesOf({ type, date: '2020-01-01' }), type).toEqual({ otherUnit: ['validation.other_unit_required'] });
    }
  });

  it('asks for the form of a discipline, and takes only the four forms', () => {
    expect(messagesOf({ type: 'discipline', date: '2020-01-01' })).toEqual({ form: ['validation.discipline_form_required'] });
    expect(messagesOf({ type: 'discipline', date: '2020-01-01', form: 'phe_binh' })).toEqual({ form: ['validation.discipline_form_required'] });
    expect(memberEventSchema.parse({ type: 'discipline', date: '2020-01-01', form: 'canh_cao' })).toMatchObject({ form: 'canh_cao' });
  });

  it('asks for the milestone of a badge, blank included, and reads it from text', () => {
    expect(memberEventSchema.parse({ type: 'badge', date: '2020-01-01', years: '30' })).toMatchObject({ years: 30 });
    for (const years of [undefined, '', ' ', 'ba mươi', 30.5]) {
      expect(messagesOf({ type: 'badge', date: '2020-01-01', years }), String(years)).toEqual({ years: ['validation.badge_years_required'] });
    }
  });

  it('asks what a reward is for', () => {
    expect(messagesOf({ type: 'reward', date: '2020-01-01', title: ' ' })).toEqual({ title: ['validation.reward_title_required'] });
  });

  it('refuses fields that belong to another kind of event', () => {
    expect(memberEventSchema.safeParse({ type: 'died', date: '2020-01-01', form: 'khai_tru' }).success).toBe(false);
  });

  it('limits free text', () => {
    expect(messagesOf({ type: 'died', date: '2020-01-01', note: 'x'.repeat(1001) })).toEqual({ note: ['validation.text_too_long'] });
  });
});
