import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n/translator';
import { DISCIPLINE_FORMS, EVENT_TYPES } from '../../../../shared/members/events';
import { ACADEMIC_TITLES, GENDERS, QUALIFICATIONS, THEORY_LEVELS } from '../../../../shared/members/levels';
import { MEMBER_STATUSES } from '../../../../shared/members/state-types';
import { AGE_BANDS } from '../../../../shared/members/views';

const translators = { vi: createTranslator('vi'), en: createTranslator('en') };
const missingIn = (keys: string[]) =>
  Object.entries(translators).flatMap(([language, translator]) =>
    keys.filter((key) => !translator.exists(key)).map((key) => `${language}: ${key}`),
  );

describe('labels of coded values', () => {
  it('exist in both languages for every status, gender, level, title, event type, discipline form and age band', () => {
    const keys = [
      ...MEMBER_STATUSES.map((value) => `member.status.${value}`),
      ...GENDERS.map((value) => `member.gender.${value}`),
      ...THEORY_LEVELS.map((value) => `member.theory.${value}`),
      ...QUALIFICATIONS.map((value) => `member.qualification.${value}`),
      ...ACADEMIC_TITLES.map((value) => `member.title.${value}`),
      ...EVENT_TYPES.map((value) => `member.event.${value}`),
      ...DISCIPLINE_FORMS.map((value) => `member.discipline.${value}`),
      ...AGE_BANDS.map((value) => `member.ageBand.${value}`),
    ];
    expect(missingIn(keys)).toEqual([]);
  });

  it('use the names secretaries use', () => {
    const t = translators.vi.t;
    expect([t('member.event.admitted'), t('member.event.made_official'), t('member.event.transferred_in')]).toEqual([
      'Kết nạp',
      'Công nhận đảng viên chính thức',
      'Chuyển sinh hoạt chính thức đến',
    ]);
    expect(t('member.badgeName', { years: 30 })).toBe('Huy hiệu 30 năm tuổi đảng');
  });
});

describe('refusal messages', () => {
  it('exist in both languages for every key the history check can give', () => {
    const source = readFileSync(new URL('../../../../shared/members/event-fit.ts', import.meta.url), 'utf8');
    const literal = [...source.matchAll(/'(rules\.[a-z_]+)'/g)].map((match) => match[1] as string);
    const built = [
      ...['removed', 'expelled', 'withdrew', 'died'].map((exit) => `rules.after_exit.${exit}`),
      ...['ceremony', 'decision'].map((start) => `rules.official_too_early.${start}`),
    ];
    expect(literal.length).toBeGreaterThan(20);
    expect(missingIn([...literal, ...built])).toEqual([]);
  });
});
