import { addMonths, addYears, dateParts, toIsoDate, type IsoDate } from '../../shared/dates/calendar';
import { memberEventSchema, type MemberEventData, type MemberEventInput } from '../../shared/members/events';
import type { Gender, Qualification, TheoryLevel } from '../../shared/members/levels';
import { memberRecordSchema, type MemberRecord, type MemberRecordInput } from '../../shared/members/record';
import { checkEventHistory } from '../../shared/members/state';
import { OCCUPATIONS, OTHER_UNITS, POSITIONS, PROVINCES, REWARDS, vietnameseName } from './names';
import type { Random } from './random';

/** "Today" for every register the benchmark builds: the clock is fixed so that every run builds the same data. */
export const BENCH_NOW = new Date(2026, 0, 5, 9, 0, 0);
export const BENCH_TODAY: IsoDate = '2026-01-05';

/** One member as the benchmark enters them: the record, the unit, and a history that fits the rules. */
export interface MemberLife {
  record: MemberRecord;
  unitCode: string;
  events: MemberEventData[];
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return toIsoDate({ year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() });
}

const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/** A day chosen evenly between two days (inclusive). */
function dayBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  const span = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  return addDays(from, random.int(0, Math.max(0, span)));
}

const ETHNICITY: readonly (readonly [string, number])[] = [
  ['01', 86],
  ['02', 3],
  ['03', 3],
  ['04', 1],
  ['05', 1],
  ['06', 2],
  ['07', 2],
  ['09', 1],
  ['12', 1],
];
const RELIGION: readonly (readonly [string, number])[] = [
  ['khong', 85],
  ['phat_giao', 8],
  ['cong_giao', 5],
  ['tin_lanh', 1],
  ['cao_dai', 1],
];
const QUALIFICATION: readonly (readonly [Qualification | undefined, number])[] = [
  [undefined, 20],
  ['trung_cap', 15],
  ['cao_dang', 10],
  ['dai_hoc', 45],
  ['thac_si', 8],
  ['tien_si', 2],
];
const THEORY: readonly (readonly [TheoryLevel | undefined, number])[] = [
  [undefined, 25],
  ['so_cap', 45],
  ['trung_cap', 22],
  ['cao_cap', 7],
  ['cu_nhan', 1],
];
/** Age today in years, by band, roughly as in a ward's register (many retired members). */
const AGE_BANDS: readonly (readonly [[number, number], number])[] = [
  [[20, 30], 14],
  [[31, 40], 20],
  [[41, 50], 18],
  [[51, 60], 15],
  [[61, 70], 16],
  [[71, 92], 17],
];
const BADGE_YEARS = [30, 40, 45, 50, 55, 60, 65, 70];

export interface LifeOptions {
  /** Makes the card number and CCCD unique across every member the benchmark generates. */
  serial: number;
  unitCodes: readonly string[];
}

function makeRecord(random: Random, gender: Gender, birthDate: IsoDate, serial: number, official: boolean): MemberRecord {
  const { year } = dateParts(birthDate);
  const province = random.int(1, 96);
  const centuryGender = (year >= 2000 ? 2 : 0) + (gender === 'nu' ? 1 : 0);
  const six = String(serial).padStart(6, '0');
  const input: MemberRecordInput = {
    fullName: vietnameseName(random, gender),
    gender,
    birthDate,
    ethnicity: random.weighted(ETHNICITY),
    religion: random.weighted(RELIGION),
    hometown: random.pick(PROVINCES),
    permanentAddress: `Số ${random.int(1, 300)}, tổ ${random.int(1, 40)}, phường Hòa Bình`,
    occupation: random.pick(OCCUPATIONS),
    position: random.pick(POSITIONS),
    generalEducation: year < 1965 && random.chance(0.4) ? '10/10' : '12/12',
    qualification: random.weighted(QUALIFICATION),
    theoryLevel: random.weighted(THEORY),
    ...(random.chance(0.9) ? { citizenId: `0${String(province).padStart(2, '0')}${centuryGender}${String(year % 100).padStart(2, '0')}${six}` } : {}),
    ...(random.chance(0.6) ? { phone: `09${random.int(10_000_000, 99_999_999)}` } : {}),
    // Cards are issued on recognition: probationary members have none yet.
    ...(official ? { partyCardNumber: `${random.int(10, 99)}.${six}` } : {}),
  };
  return memberRecordSchema.parse(input);
}

const event = (input: MemberEventInput): MemberEventData => memberEventSchema.parse(input);

/**
 * One member's life in the register: admission (here, or elsewhere before a transfer in), recognition after the
 * probation, then sometimes temporary transfers, an exemption in old age, rewards, badges, a discipline, and for a
 * few an exit. Every history is checked with the app's own rules before it is used.
 */
export function memberLife(random: Random, { serial, unitCodes }: LifeOptions): MemberLife {
  const today = BENCH_TODAY;
  const gender: Gender = random.chance(0.55) ? 'nam' : 'nu';
  const [minAge, maxAge] = random.weighted(AGE_BANDS);
  const age = random.int(minAge, maxAge);
  const birthDate = addDays(addYears(today, -age - 1), random.int(1, 364));

  // Admitted between 18 and 45, at the latest a fortnight ago.
  const admissionMonths = random.int(18 * 12 + 1, Math.min(45 * 12, age * 12 - 1));
  const admitted = earlier(addDays(addMonths(birthDate, admissionMonths), random.int(0, 25)), addDays(today, -15));
  const ceremony = addDays(admitted, random.int(7, 30));
  const events: MemberEventData[] = [];
  const hasCeremony = ceremony <= today;
  events.push(event({ type: 'admitted', date: admitted, decisionNumber: `${random.int(10, 999)}-QĐ/ĐU`, ...(hasCeremony ? { ceremonyDate: ceremony } : {}) }));
  const officialOn = addDays(addMonths(hasCeremony ? ceremony : admitted, 12), random.int(0, 90));
  const official = officialOn < today;
  if (official) events.push(event({ type: 'made_official', date: officialOn, decisionNumber: `${random.int(10, 999)}-QĐ/ĐU` }));

  const record = makeRecord(random, gender, birthDate, serial, official);
  const unitCode = random.pick(unitCodes);
  let cursor = official ? officialOn : hasCeremony ? ceremony : admitted;

  // Where the member comes from: most were admitted here, some transferred in, a few are only attached here.
  const origin = random.weighted([
    ['here', 85],
    ['transferred_in', 12],
    ['temporary_in', 3],
  ] as const);
  if (origin !== 'here') {
    const arrival = dayBetween(random, addDays(cursor, 1), addDays(today, -1));
    if (arrival > cursor && arrival < today) {
      events.push(event({ type: origin, date: arrival, otherUnit: random.pick(OTHER_UNITS) }));
      cursor = arrival;
      if (origin === 'temporary_in') {
        const end = addDays(arrival, random.int(120, 900));
        if (end < today && random.chance(0.5)) events.push(event({ type: 'temporary_in_end', date: end }));
        return checked({ record, unitCode, events });
      }
    }
  }

  const optional: MemberEventData[] = [];
  let away = false;
  // Temporary transfers away (work, study), most of them back after a while.
  const trips = random.chance(0.12) ? (random.chance(0.25) ? 2 : 1) : 0;
  let last = cursor;
  for (let trip = 0; trip < trips; trip += 1) {
    const out = addDays(last, random.int(180, 2500));
    if (out >= today) break;
    optional.push(event({ type: 'temporary_out', date: out, otherUnit: random.pick(OTHER_UNITS) }));
    const back = addDays(out, random.int(90, 720));
    if (back >= today || random.chance(0.15)) {
      away = true;
      last = out;
      break;
    }
    optional.push(event({ type: 'temporary_out_return', date: back }));
    last = back;
  }
  // Exemption from activities for the old and the sick, ended for some.
  if (age >= 65 && random.chance(0.3)) {
    const start = dayBetween(random, later(addYears(birthDate, 65), addDays(cursor, 1)), addDays(today, -1));
    if (start > cursor && start < today) {
      optional.push(event({ type: 'exemption_start', date: start, decisionNumber: `${random.int(1, 99)}-QĐ/CB` }));
      if (random.chance(0.2)) {
        const end = addDays(start, random.int(180, 1500));
        if (end < today) optional.push(event({ type: 'exemption_end', date: end }));
      }
    }
  }
  // A day after the record so far and before today, if there is one.
  const someDay = () => {
    const date = dayBetween(random, addDays(cursor, 1), addDays(today, -1));
    return date > cursor && date < today ? date : null;
  };
  if (random.chance(0.25)) {
    for (let n = random.int(1, 3); n > 0; n -= 1) {
      const date = someDay();
      if (date) optional.push(event({ type: 'reward', date, title: random.pick(REWARDS) }));
    }
  }
  if (random.chance(0.015)) {
    const form = official ? random.pick(['khien_trach', 'canh_cao'] as const) : 'khien_trach';
    const date = someDay();
    if (date) optional.push(event({ type: 'discipline', date, form, issuedBy: 'Chi bộ' }));
  }
  for (const years of BADGE_YEARS) {
    const due = addYears(admitted, years);
    const awarded = addDays(due, random.int(0, 120));
    if (awarded >= today || awarded <= cursor) continue;
    optional.push(event({ type: 'badge', date: awarded, years, decisionNumber: `${random.int(100, 999)}-QĐ/TU` }));
  }
  optional.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // A few leave the register: they die, transfer out, withdraw or are removed, after everything else.
  const end = optional.reduce((max, item) => later(max, item.date), later(cursor, last));
  const exit = random.weighted([
    [null, 95.5],
    ['died', 2],
    ['transferred_out', 1.5],
    ['withdrew', 0.4],
    ['removed', 0.6],
  ] as const);
  events.push(...optional);
  if (exit !== null && !(away && exit === 'transferred_out')) {
    const on = addDays(end, random.int(30, 900));
    if (on < today) {
      events.push(exit === 'transferred_out' ? event({ type: exit, date: on, otherUnit: random.pick(OTHER_UNITS) }) : event({ type: exit, date: on }));
    }
  }
  return checked({ record, unitCode, events });
}

/**
 * The member whose history is long: admitted in 1975, forty years of temporary postings, rewards and badges. Adding
 * an event re-checks the whole history, so this is the slow case of `events.add`.
 */
export function veteranLife(serial: number, unitCode: string): MemberLife {
  const events: MemberEventData[] = [
    event({ type: 'admitted', date: '1975-04-10', ceremonyDate: '1975-04-20', decisionNumber: '12-QĐ/ĐU' }),
    event({ type: 'made_official', date: '1976-04-25', decisionNumber: '40-QĐ/ĐU' }),
  ];
  for (let year = 1978; year <= 2024; year += 2) {
    events.push(event({ type: 'reward', date: `${year}-12-20`, title: 'Đảng viên hoàn thành xuất sắc nhiệm vụ năm' }));
  }
  for (let year = 1980; year <= 2000; year += 4) {
    events.push(event({ type: 'temporary_out', date: `${year}-03-01`, otherUnit: 'Đảng bộ Quân sự thành phố' }));
    events.push(event({ type: 'temporary_out_return', date: `${year + 1}-09-01` }));
  }
  events.push(event({ type: 'discipline', date: '1990-06-15', form: 'khien_trach', issuedBy: 'Chi bộ' }));
  events.push(event({ type: 'badge', date: '2005-05-19', years: 30 }));
  events.push(event({ type: 'exemption_start', date: '2012-01-10', decisionNumber: '05-QĐ/CB' }));
  events.push(event({ type: 'exemption_end', date: '2013-01-10' }));
  events.push(event({ type: 'badge', date: '2015-09-02', years: 40 }));
  events.push(event({ type: 'badge', date: '2020-05-19', years: 45 }));
  events.push(event({ type: 'badge', date: '2025-05-19', years: 50 }));
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const record = memberRecordSchema.parse({
    fullName: 'Nguyễn Đức Thắng',
    gender: 'nam',
    birthDate: '1952-08-19',
    ethnicity: '01',
    religion: 'khong',
    hometown: 'Nam Định',
    citizenId: `036052${String(serial).padStart(6, '0')}`,
    partyCardNumber: `01.${String(serial).padStart(6, '0')}`,
    theoryLevel: 'cao_cap',
    position: 'Bí thư chi bộ',
  } satisfies MemberRecordInput);
  return checked({ record, unitCode, events });
}

/** Refuses, loudly, a generated history that the app's rules would refuse: the benchmark must measure real data. */
function checked(life: MemberLife): MemberLife {
  const problem = checkEventHistory(life.events, { birthDate: life.record.birthDate, today: BENCH_TODAY });
  if (problem) {
    throw new Error(`Generated history does not fit the rules (${problem.message} ${JSON.stringify(problem.params)}): ${JSON.stringify(life)}`);
  }
  return life;
}
