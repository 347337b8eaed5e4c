import { describe, expect, it } from 'vitest';
import { memberRecordSchema } from '../../../../shared/members/record';

const member = {
  fullName: 'Nguyễn Thị Minh Khai',
  gender: 'nu',
  birthDate: '05/09/1975',
  ethnicity: '01',
  religion: 'khong',
};

/** Each field's messages, as the form or the spreadsheet import shows them. */
function messagesOf(input: Record<string, unknown>): Record<string, string[]> {
  const messages: Record<string, string[]> = {};
  for (const issue of memberRecordSchema.safeParse(input).error?.issues ?? []) {
    (messages[issue.path.join('.')] ??= []).push(issue.message);
  }
  return messages;
}

describe('a member record', () => {
  it('accepts the required fields, with the birth date as Vietnamese write it', () => {
    expect(memberRecordSchema.parse(member)).toEqual({ ...member, birthDate: '1975-09-05' });
  });

  it('tidies spaces in the name and leaves blank optional fields out', () => {
    const parsed = memberRecordSchema.parse({ ...member, fullName: '  Nguyễn  Thị   Minh Khai ', birthPlace: '  ', qualification: '', citizenId: ' ' });
    expect(parsed.fullName).toBe('Nguyễn Thị Minh Khai');
    expect([parsed.birthPlace, parsed.qualification, parsed.citizenId]).toEqual([undefined, undefined, undefined]);
  });

  it('names each missing required field once', () => {
    expect(messagesOf({})).toEqual({
      fullName: ['validation.full_name_required'],
      gender: ['validation.gender_required'],
      birthDate: ['validation.date_required'],
      ethnicity: ['validation.ethnicity_required'],
      religion: ['validation.religion_required'],
    });
    expect(messagesOf({ ...member, fullName: '   ', birthDate: '  ' })).toEqual({
      fullName: ['validation.full_name_required'],
      birthDate: ['validation.date_required'],
    });
  });

  it('refuses a day that does not exist and a name over 120 characters', () => {
    expect(messagesOf({ ...member, birthDate: '31/02/1975' })).toEqual({ birthDate: ['validation.date_invalid'] });
    expect(messagesOf({ ...member, fullName: 'A'.repeat(121) })).toEqual({ fullName: ['validation.full_name_too_long'] });
  });

  it('takes coded values only', () => {
    expect(messagesOf({ ...member, gender: 'Nữ', ethnicity: 'Kinh', religion: 'Phật giáo', theoryLevel: 'cao cấp' })).toEqual({
      gender: ['validation.gender_required'],
      ethnicity: ['validation.ethnicity_required'],
      religion: ['validation.religion_required'],
      theoryLevel: ['validation.value_unknown'],
    });
  });

  it('checks the citizen ID, phone and party card number, ignoring spaces', () => {
    expect(memberRecordSchema.parse({ ...member, citizenId: '001 175 012345', phone: '+84 912 345 678', partyCardNumber: '12.345.678' })).toMatchObject({
      citizenId: '001175012345',
      phone: '+84912345678',
      partyCardNumber: '12.345.678',
    });
    expect(messagesOf({ ...member, citizenId: '00117501234', phone: '0912', partyCardNumber: 'AB-123' })).toEqual({
      citizenId: ['validation.citizen_id_format'],
      phone: ['validation.phone_format'],
      partyCardNumber: ['validation.party_card_format'],
    });
  });

  it('reads digits that arrive as numbers (a spreadsheet cell) as text, with our message when they do not fit', () => {
    expect(memberRecordSchema.parse({ ...member, phone: 912345678 })).toMatchObject({ phone: '912345678' });
    // A citizen ID stored as a number has lost its leading zeros.
    expect(messagesOf({ ...member, citizenId: 1175012345 })).toEqual({ citizenId: ['validation.citizen_id_format'] });
  });

  it('takes general education as grade over system, never beyond the last grade', () => {
    for (const value of ['12/12', '9/10', '10/10', '07/12']) expect(messagesOf({ ...member, generalEducation: value }), value).toEqual({});
    for (const value of ['13/12', '11/10', '0/12', '12', '12/11']) {
      expect(messagesOf({ ...member, generalEducation: value }), value).toEqual({ generalEducation: ['validation.general_education_format'] });
    }
  });

  it('lists a wrong general education alongside other problems, as the spreadsheet import needs', () => {
    expect(messagesOf({ ...member, gender: undefined, generalEducation: '13/12' })).toEqual({
      gender: ['validation.gender_required'],
      generalEducation: ['validation.general_education_format'],
    });
  });

  it('refuses fields it does not know', () => {
    expect(memberRecordSchema.safeParse({ ...member, status: 'official' }).error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['status'] }]);
  });
});
