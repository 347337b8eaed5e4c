import { describe, expect, it } from 'vitest';
import { ETHNICITIES, KINH, OTHER_ETHNICITY } from '../../../../shared/members/ethnicities';
import { ethnicityName, findEthnicity, findReligion, matchKey, religionName } from '../../../../shared/members/lookup';
import { RELIGIONS } from '../../../../shared/members/religions';

describe('ethnic groups', () => {
  it('are the 54 recognised groups, coded 01 to 54, plus "khác"', () => {
    expect(ETHNICITIES).toHaveLength(55);
    expect(ETHNICITIES.map((group) => group.code)).toEqual([
      ...Array.from({ length: 54 }, (_, index) => String(index + 1).padStart(2, '0')),
      OTHER_ETHNICITY,
    ]);
    expect(ethnicityName(KINH)).toBe('Kinh');
  });

  it('are found whatever the case, marks, spaces or hyphens', () => {
    for (const typed of ['Ê-đê', 'Ê đê', 'Êđê', 'ede', 'E DE', 'Rhade']) expect(findEthnicity(typed)?.name, typed).toBe('Ê-đê');
    for (const typed of ['Khmer', 'khơ me', 'KHƠ-ME']) expect(findEthnicity(typed)?.code, typed).toBe('05');
    for (const typed of ["H'Mông", 'Hmông', 'mong']) expect(findEthnicity(typed)?.code, typed).toBe('08');
    expect(findEthnicity(' kinh ')?.code).toBe(KINH);
    expect(findEthnicity('Vân Kiều')?.name).toBe('Bru-Vân Kiều');
  });

  it('finds nothing for a name that is not a group', () => {
    expect(findEthnicity('Klingon')).toBeUndefined();
    expect(findEthnicity('')).toBeUndefined();
  });

  it('never lets one spelling mean two groups', () => {
    const owners = new Map<string, string[]>();
    for (const group of [...ETHNICITIES, ...RELIGIONS.map((religion) => ({ ...religion, code: `religion:${religion.code}` }))]) {
      for (const spelling of [group.name, ...(group.aliases ?? [])]) {
        const key = `${group.code.startsWith('religion:') ? 'r' : 'e'}:${matchKey(spelling)}`;
        owners.set(key, [...new Set([...(owners.get(key) ?? []), group.code])]);
      }
    }
    expect([...owners].filter(([, codes]) => codes.length > 1)).toEqual([]);
  });
});

describe('religions', () => {
  it('are found by name or common alias, old or new accent placement', () => {
    expect(findReligion('thien chua giao')?.code).toBe('cong_giao');
    expect(findReligion('Hoà Hảo')?.code).toBe('hoa_hao');
    expect(findReligion('Hòa Hảo')?.code).toBe('hoa_hao');
    expect(findReligion('không')?.code).toBe('khong');
    expect(religionName('phat_giao')).toBe('Phật giáo');
    expect(findReligion('Thần đạo')).toBeUndefined();
  });
});
