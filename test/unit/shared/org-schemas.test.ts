import { describe, expect, it } from 'vitest';
import { homeSetupSchema } from '../../../shared/org/schemas';

const cell = { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường' };

/** Each field's messages, as the form (or the command line) would show them. */
function messagesOf(input: Record<string, unknown>): Record<string, string[]> {
  const result = homeSetupSchema.safeParse(input);
  const messages: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) {
    const path = issue.path.join('.');
    (messages[path] ??= []).push(issue.message);
  }
  return messages;
}

describe('setting up the home organisation', () => {
  it('accepts a complete cell', () => {
    expect(messagesOf(cell)).toEqual({});
  });

  it('requires a code', () => {
    expect(messagesOf({ ...cell, code: '  ' })).toEqual({ code: ['validation.code_required'] });
    expect(messagesOf({ ...cell, code: undefined })).toEqual({ code: ['validation.code_required'] });
  });

  it('takes codes of letters without marks, digits, dot and hyphen only', () => {
    for (const code of ['CB 012', 'CB_012', 'CBĐ1', '-CB1', 'Chi bộ']) {
      expect(messagesOf({ ...cell, code })).toEqual({ code: ['validation.code_format'] });
    }
  });

  it('refuses a code longer than 20 characters', () => {
    expect(messagesOf({ ...cell, code: 'A'.repeat(20) })).toEqual({});
    expect(messagesOf({ ...cell, code: 'A'.repeat(21) })).toEqual({ code: ['validation.code_too_long'] });
  });

  it('accepts a code typed in lower case and keeps it upper case', () => {
    expect(homeSetupSchema.parse({ ...cell, code: ' cb-01.2 ', parentCode: 'du05' })).toMatchObject({
      code: 'CB-01.2',
      parentCode: 'DU05',
    });
  });

  it('requires a name of at most 200 characters', () => {
    expect(messagesOf({ ...cell, name: ' ' })).toEqual({ name: ['validation.name_required'] });
    expect(messagesOf({ ...cell, name: 'x'.repeat(201) })).toEqual({ name: ['validation.name_too_long'] });
  });

  it('requires one of the known kinds', () => {
    expect(messagesOf({ ...cell, kind: 'chi_doan' })).toEqual({ kind: ['validation.kind_unknown'] });
    expect(messagesOf({ ...cell, kind: undefined })).toEqual({ kind: ['validation.kind_required'] });
  });

  it('requires the parent of every kind below an upper committee', () => {
    for (const kind of ['chi_bo', 'chi_bo_co_so', 'dang_bo_bo_phan', 'dang_bo_co_so']) {
      expect(messagesOf({ code: 'CB012', name: 'X', kind })).toEqual({
        parentCode: ['validation.parent_required'],
        parentName: ['validation.parent_required'],
      });
    }
  });

  it('lets an upper committee have no parent', () => {
    expect(homeSetupSchema.parse({ code: 'TU01', name: 'Tỉnh ủy', kind: 'cap_tren' })).toEqual({
      code: 'TU01',
      name: 'Tỉnh ủy',
      kind: 'cap_tren',
    });
  });

  it('takes the parent code and name both or neither', () => {
    expect(messagesOf({ ...cell, parentName: undefined })).toEqual({ parentName: ['validation.parent_name_required'] });
    expect(messagesOf({ ...cell, parentCode: undefined })).toEqual({ parentCode: ['validation.parent_code_required'] });
    expect(messagesOf({ ...cell, kind: 'cap_tren', parentCode: undefined })).toEqual({
      parentCode: ['validation.parent_code_required'],
    });
  });

  it("refuses a parent code equal to the unit's own, whatever the case", () => {
    expect(messagesOf({ ...cell, parentCode: 'cb012' })).toEqual({ parentCode: ['validation.parent_code_same'] });
  });

  it('checks the parent code like any code', () => {
    expect(messagesOf({ ...cell, parentCode: 'DU 05' })).toEqual({ parentCode: ['validation.code_format'] });
  });

  it('treats blank parent fields as not given', () => {
    expect(homeSetupSchema.parse({ code: 'TU01', name: 'Tỉnh ủy', kind: 'cap_tren', parentCode: ' ', parentName: '' })).toEqual({
      code: 'TU01',
      name: 'Tỉnh ủy',
      kind: 'cap_tren',
    });
    expect(messagesOf({ ...cell, parentCode: '', parentName: '  ' })).toEqual({
      parentCode: ['validation.parent_required'],
      parentName: ['validation.parent_required'],
    });
  });

  it('refuses fields it does not know', () => {
    expect(Object.keys(messagesOf({ ...cell, secretary: 'Nguyễn Văn A' }))).toEqual(['']);
  });
});
