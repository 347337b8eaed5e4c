import { describe, expect, it } from 'vitest';
import type { MemberEventData } from '../../../../shared/members/events';
import { checkEventHistory } from '../../../../shared/members/state';
import { createTranslator } from '../../../../shared/i18n/translator';
import { e, history } from './history-fixture';

const birthDate = '1990-07-15';
const today = '2026-03-01';
const context = { birthDate, today };

const check = (...events: MemberEventData[]) => checkEventHistory(history(...events), context);
/** For members admitted long ago. */
const checkVeteran = (...events: MemberEventData[]) => checkEventHistory(history(...events), { birthDate: '1935-06-01', today });
/** The first refusal as a person reads it, in Vietnamese. */
const said = (...events: MemberEventData[]) => {
  const problem = check(...events);
  return problem && createTranslator('vi').t(problem.message, problem.params);
};

const admitted = e('admitted', '2015-03-02', { ceremonyDate: '2015-03-20' });
const official = e('made_official', '2016-03-21');
const member = [admitted, official] as const;

describe('a history that holds together', () => {
  it('is accepted: admission, recognition, course away and back, exemption, badge, death', () => {
    expect(
      checkVeteran(
        e('admitted', '1986-02-03', { ceremonyDate: '1986-02-20' }),
        e('made_official', '1987-02-25'),
        e('temporary_out', '1990-09-01', { otherUnit: 'Trường Chính trị tỉnh' }),
        e('temporary_out_return', '1991-06-30'),
        e('exemption_start', '2016-01-10'),
        e('badge', '2016-02-03', { years: 30 }),
        e('discipline', '2017-05-01', { form: 'khien_trach' }),
        e('reward', '2018-05-19', { title: 'Giấy khen' }),
        e('died', '2024-03-02'),
      ),
    ).toBeNull();
  });

  it('is accepted for a member admitted elsewhere, attached here, then transferred in', () => {
    expect(
      check(
        e('admitted', '2012-01-05'),
        e('made_official', '2013-01-10'),
        e('temporary_in', '2019-09-01', { otherUnit: 'Chi bộ Xã An Phú' }),
        e('transferred_in', '2020-06-01', { otherUnit: 'Chi bộ Xã An Phú' }),
        e('exemption_start', '2025-01-01'),
        e('exemption_end', '2025-12-01'),
      ),
    ).toBeNull();
  });
});

describe('dates', () => {
  it('refuses an event after today', () => {
    expect(check(admitted, e('made_official', '2026-03-02'))).toEqual({
      eventId: 102,
      index: 1,
      message: 'rules.future_date',
      params: { date: '02/03/2026', today: '01/03/2026' },
    });
  });

  it('refuses an event before the birth date', () => {
    expect(check(e('admitted', '1990-07-14'))).toMatchObject({
      index: 0,
      message: 'rules.before_birth',
      params: { date: '14/07/1990', birthDate: '15/07/1990' },
    });
  });

  it('points at an event being added (no id yet) by its place in the history', () => {
    const problem = checkEventHistory([...history(...member), { type: 'made_official', date: '2017-01-01' }], context);
    expect(problem).toEqual({ index: 2, message: 'rules.already_official', params: { officialOn: '21/03/2016' } });
  });
});

describe('before admission', () => {
  it('refuses anything but an admission or an arrival', () => {
    expect(check(e('made_official', '2014-01-01'), admitted)).toMatchObject({
      index: 0,
      message: 'rules.before_admission',
      params: { date: '01/01/2014' },
    });
    expect(said(e('exemption_start', '2016-01-01'))).toBe(
      'Ngày 01/01/2016 đồng chí chưa vào Đảng: trước ngày kết nạp chỉ ghi được quyết định kết nạp.',
    );
  });

  it('asks for the admission before an arrival', () => {
    expect(check(e('transferred_in', '2020-01-01', { otherUnit: 'Chi bộ 2' }))).toMatchObject({
      message: 'rules.arrival_without_admission',
      params: { date: '01/01/2020' },
    });
  });
});

describe('admission', () => {
  it('refuses a second admission while in the Party', () => {
    expect(check(...member, e('admitted', '2018-01-01'))).toMatchObject({
      index: 2,
      message: 'rules.already_admitted',
      params: { admittedOn: '02/03/2015' },
    });
  });

  it('refuses a ceremony before the decision, or one that has not happened yet', () => {
    expect(check(e('admitted', '2015-03-02', { ceremonyDate: '2015-03-01' }))).toMatchObject({
      message: 'rules.ceremony_before_decision',
      params: { ceremonyOn: '01/03/2015', date: '02/03/2015' },
    });
    expect(check(e('admitted', '2026-02-20', { ceremonyDate: '2026-03-10' }))).toMatchObject({
      message: 'rules.ceremony_in_future',
      params: { ceremonyOn: '10/03/2026', today: '01/03/2026' },
    });
  });

  it('QĐ 294-QĐ/TW 26/5/2025: refuses a person not yet 18 full years old, counted in months, on the decision day', () => {
    const young = checkEventHistory(history(e('admitted', '2025-11-20')), { birthDate: '2008-03-21', today });
    expect(young).toMatchObject({
      message: 'rules.admission_too_young',
      params: { years: 17, months: 7, minYears: 18, maxYears: 60, rule: 'Quy định 294-QĐ/TW ngày 26/5/2025' },
    });
    const t = createTranslator('vi').t;
    expect(t(young!.message, young!.params)).toBe(
      'Chưa đủ 18 tuổi khi có quyết định kết nạp (17 tuổi 7 tháng). Quy định 294-QĐ/TW ngày 26/5/2025: tuổi đời khi kết nạp từ đủ 18 đến đủ 60 tuổi, tính theo tháng.',
    );
  });

  it('QĐ 294-QĐ/TW 26/5/2025: admits on the very day 18 years are complete', () => {
    expect(checkEventHistory(history(e('admitted', '2025-11-20')), { birthDate: '2007-11-20', today })).toBeNull();
  });

  it('QĐ 294-QĐ/TW 26/5/2025: admits at 60 years and 0 months, refuses at 60 years and 1 month', () => {
    const birth = { birthDate: '1965-10-05', today };
    expect(checkEventHistory(history(e('admitted', '2025-11-04')), birth)).toBeNull();
    expect(checkEventHistory(history(e('admitted', '2025-11-05')), birth)).toMatchObject({
      message: 'rules.admission_too_old',
      params: { years: 60, months: 1, maxYears: 60, rule: 'Quy định 294-QĐ/TW ngày 26/5/2025' },
    });
  });

  it('cites the regulation in force on the decision day: QĐ 24-QĐ/TW 30/7/2021, QĐ 232-QĐ/TW 20/01/2025', () => {
    const tooYoung = (date: string) =>
      checkEventHistory(history(e('admitted', date)), { birthDate: '2005-01-01', today })?.params.rule;
    expect(tooYoung('2022-06-01')).toBe('Quy định 24-QĐ/TW ngày 30/7/2021');
    expect(tooYoung('2022-12-31')).toBe('Quy định 24-QĐ/TW ngày 30/7/2021');
    expect(checkEventHistory(history(e('admitted', '2025-03-01')), { birthDate: '2007-06-01', today })?.params.rule).toBe(
      'Quy định 232-QĐ/TW ngày 20/01/2025',
    );
  });

  it('does not check the age of admissions older than the first age rule held (QĐ 29-QĐ/TW 25/7/2016)', () => {
    expect(checkEventHistory(history(e('admitted', '1968-05-19')), { birthDate: '1951-01-01', today })).toBeNull();
  });
});

describe('recognition as an official member', () => {
  it('refuses a member already official, saying since when', () => {
    expect(said(...member, e('made_official', '2017-01-01'))).toBe(
      'Đồng chí đã là đảng viên chính thức từ 21/03/2016: không thể công nhận chính thức lần nữa.',
    );
  });

  it('Điều lệ Đảng Điều 5: refuses recognition before 12 months from the ceremony', () => {
    expect(check(admitted, e('made_official', '2016-03-19'))).toMatchObject({
      message: 'rules.official_too_early.ceremony',
      params: { months: 12, startsOn: '20/03/2015', endsOn: '20/03/2016', rule: 'Điều lệ Đảng năm 2011, Điều 5' },
    });
    expect(check(admitted, e('made_official', '2016-03-20'))).toBeNull();
  });

  it('Điều lệ Đảng Điều 5: counts from the decision when no ceremony is recorded, and says so', () => {
    expect(check(e('admitted', '2015-03-02'), e('made_official', '2016-03-01'))).toMatchObject({
      message: 'rules.official_too_early.decision',
      params: { startsOn: '02/03/2015', endsOn: '02/03/2016' },
    });
  });
});

describe('transfers', () => {
  it('refuses a transfer out of a member temporarily away or only attached here', () => {
    expect(
      check(...member, e('temporary_out', '2018-01-01', { otherUnit: 'A' }), e('transferred_out', '2018-05-01', { otherUnit: 'B' })),
    ).toMatchObject({ index: 3, message: 'rules.already_away', params: { since: '01/01/2018' } });
    expect(
      check(...member, e('temporary_in', '2018-01-01', { otherUnit: 'A' }), e('temporary_out', '2018-05-01', { otherUnit: 'B' })),
    ).toMatchObject({ index: 3, message: 'rules.attached_only', params: { since: '01/01/2018' } });
  });

  it('refuses anything but a new arrival after the member has left', () => {
    const left = [...member, e('transferred_out', '2018-01-01', { otherUnit: 'Chi bộ 5' })];
    expect(check(...left, e('exemption_start', '2019-01-01'))).toMatchObject({
      message: 'rules.left_unit',
      params: { leftOn: '01/01/2018' },
    });
    expect(check(...left, e('transferred_out', '2019-01-01', { otherUnit: 'Chi bộ 6' }))).toMatchObject({ message: 'rules.left_unit' });
    expect(check(...left, e('transferred_in', '2020-01-01', { otherUnit: 'Chi bộ 5' }))).toBeNull();
  });

  it('refuses a return from a member who is not away', () => {
    expect(check(...member, e('temporary_out_return', '2018-01-01'))).toMatchObject({
      message: 'rules.not_away',
      params: { date: '01/01/2018' },
    });
  });

  it('refuses an arrival of a member already registered here (away included), saying since when', () => {
    expect(
      check(...member, e('transferred_in', '2017-01-01', { otherUnit: 'A' }), e('transferred_in', '2018-01-01', { otherUnit: 'A' })),
    ).toMatchObject({ index: 3, message: 'rules.already_here', params: { since: '01/01/2017' } });
    expect(
      check(...member, e('temporary_out', '2017-01-01', { otherUnit: 'A' }), e('temporary_in', '2018-01-01', { otherUnit: 'A' })),
    ).toMatchObject({ message: 'rules.already_here', params: { since: '02/03/2015' } });
  });

  it('refuses a second temporary attachment, and ending one that is not there', () => {
    const attached = [admitted, e('temporary_in', '2016-01-01', { otherUnit: 'A' })];
    expect(check(...attached, e('temporary_in', '2017-01-01', { otherUnit: 'B' }))).toMatchObject({
      message: 'rules.already_attached',
      params: { since: '01/01/2016' },
    });
    expect(check(...member, e('temporary_in_end', '2018-01-01'))).toMatchObject({
      message: 'rules.not_attached',
      params: { date: '01/01/2018' },
    });
  });
});

describe('exemption', () => {
  it('refuses a second exemption, saying since when', () => {
    expect(check(...member, e('exemption_start', '2020-01-01'), e('exemption_start', '2021-01-01'))).toMatchObject({
      message: 'rules.already_exempt',
      params: { since: '01/01/2020' },
    });
  });

  it('refuses exempting a member who is only attached here', () => {
    expect(check(admitted, e('temporary_in', '2016-01-01', { otherUnit: 'A' }), e('exemption_start', '2017-01-01'))).toMatchObject({
      message: 'rules.exemption_not_here',
      params: { date: '01/01/2017' },
    });
  });

  it('refuses exempting a member admitted elsewhere before the member arrives', () => {
    const elsewhere = [e('admitted', '2012-01-05'), e('made_official', '2013-01-10')];
    expect(check(...elsewhere, e('exemption_start', '2019-01-01'), e('transferred_in', '2020-01-01', { otherUnit: 'A' }))).toMatchObject({
      index: 2,
      message: 'rules.exemption_not_here',
    });
  });

  it('refuses ending an exemption that was never granted', () => {
    expect(check(...member, e('exemption_end', '2020-01-01'))).toMatchObject({
      message: 'rules.not_exempt',
      params: { date: '01/01/2020' },
    });
  });
});

describe('discipline', () => {
  it('QĐ 296-QĐ/TW 30/5/2025: a probationary member may be reprimanded or warned, not dismissed or expelled', () => {
    const probationary = e('admitted', '2025-06-02', { ceremonyDate: '2025-06-20' });
    expect(check(probationary, e('discipline', '2025-10-01', { form: 'canh_cao' }))).toBeNull();
    expect(check(probationary, e('discipline', '2025-10-01', { form: 'khai_tru' }))).toMatchObject({
      message: 'rules.discipline_not_allowed',
      params: { date: '01/10/2025', standing: 'probationary', form: 'khai_tru', rule: 'Quy định 296-QĐ/TW ngày 30/5/2025' },
    });
    expect(said(probationary, e('discipline', '2025-10-01', { form: 'cach_chuc' }))).toBe(
      'Ngày 01/10/2025 đồng chí là đảng viên dự bị: không áp dụng hình thức kỷ luật «Cách chức». Theo Quy định 296-QĐ/TW ngày 30/5/2025.',
    );
  });

  it('Điều lệ Đảng Điều 35: the same before QĐ 296-QĐ/TW', () => {
    expect(check(admitted, e('discipline', '2015-10-01', { form: 'cach_chuc' }))).toMatchObject({
      message: 'rules.discipline_not_allowed',
      params: { rule: 'Điều lệ Đảng năm 2011, Điều 35' },
    });
  });

  it('an official member may be dismissed from a post; expulsion ends everything after it', () => {
    expect(check(...member, e('discipline', '2020-01-01', { form: 'cach_chuc' }))).toBeNull();
    expect(check(...member, e('discipline', '2020-01-01', { form: 'khai_tru' }), e('reward', '2021-01-01', { title: 'X' }))).toMatchObject({
      message: 'rules.after_exit.expelled',
      params: { exitOn: '01/01/2020' },
    });
  });
});

describe('exits', () => {
  it('refuses anything after death, readmission included', () => {
    expect(said(...member, e('died', '2024-03-02'), e('badge', '2025-01-01', { years: 30 }))).toBe(
      'Đồng chí đã từ trần ngày 02/03/2024: không ghi thêm được việc gì sau ngày đó.',
    );
    expect(check(...member, e('died', '2024-03-02'), e('admitted', '2025-01-01'))).toMatchObject({ message: 'rules.after_exit.died' });
  });

  it('refuses events after removal or withdrawal, and says readmission cannot be recorded yet', () => {
    expect(check(...member, e('removed', '2020-01-01'), e('exemption_start', '2021-01-01'))).toMatchObject({
      message: 'rules.after_exit.removed',
    });
    expect(check(...member, e('withdrew', '2020-01-01'), e('admitted', '2023-01-01'))).toMatchObject({
      message: 'rules.readmission',
      params: { exitOn: '01/01/2020' },
    });
  });
});

describe('badges (Hướng dẫn 01-HD/TW 28/9/2021, điểm 18)', () => {
  const veteran = [e('admitted', '1975-04-30'), e('made_official', '1976-05-01')];
  const at = (years: number, date: string) => checkVeteran(...veteran, e('badge', date, { years }));

  it('refuses a milestone that does not exist, listing those that do', () => {
    expect(at(35, '2021-10-01')).toMatchObject({
      message: 'rules.badge_unknown',
      params: { years: 35, milestones: '30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90', rule: 'Hướng dẫn 01-HD/TW ngày 28/9/2021, điểm 18' },
    });
  });

  it('refuses a badge already awarded', () => {
    expect(checkVeteran(...veteran, e('badge', '2022-05-19', { years: 45 }), e('badge', '2023-02-03', { years: 45 }))).toMatchObject({
      message: 'rules.badge_already',
      params: { years: 45, awardedOn: '19/05/2022' },
    });
  });

  it('allows a badge up to 12 months early below 70 years, not more', () => {
    expect(at(50, '2024-04-30')).toBeNull();
    expect(at(50, '2024-04-29')).toMatchObject({
      message: 'rules.badge_too_early',
      params: { years: 50, dueOn: '30/04/2025', earliestOn: '30/04/2024', months: 12 },
    });
  });

  it('allows 24 months early from the 70-year badge on', () => {
    const elder = [e('admitted', '1956-09-02'), e('made_official', '1957-09-02')];
    expect(checkVeteran(...elder, e('badge', '2024-09-02', { years: 70 }))).toBeNull();
    expect(checkVeteran(...elder, e('badge', '2024-09-01', { years: 70 }))).toMatchObject({
      message: 'rules.badge_too_early',
      params: { earliestOn: '02/09/2024', months: 24 },
    });
  });

  it('before the rule held, refuses only a badge before the party age is reached', () => {
    expect(at(40, '2015-04-30')).toBeNull();
    expect(at(40, '2015-04-29')).toMatchObject({ message: 'rules.badge_before_due', params: { years: 40, dueOn: '30/04/2015' } });
  });
});

describe('messages', () => {
  it('read as plain Vietnamese with the values filled in', () => {
    const t = createTranslator('vi').t;
    expect(t('rules.badge_too_early', { years: 50, dueOn: '30/04/2025', earliestOn: '30/04/2024', months: 12, rule: 'HD' })).not.toMatch(
      /\{\{|\$t\(/,
    );
    expect(createTranslator('en').t('rules.discipline_not_allowed', { date: '01/10/2025', standing: 'probationary', form: 'khai_tru', rule: 'QĐ 296' })).toBe(
      'On 01/10/2025 the member was a probationary member: the form of discipline “Expulsion” does not apply. Under QĐ 296.',
    );
  });
});
