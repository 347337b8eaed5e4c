import { addDays, type IsoDate } from '../../dates/calendar';
import { ageBandOf, ageInYears } from '../../members/age';
import { KINH } from '../../members/ethnicities';
import type { Gender, Qualification, TheoryLevel } from '../../members/levels';
import { NO_RELIGION } from '../../members/religions';
import type { MemberState } from '../../members/state-types';
import type { Period } from '../period';
import type { CountKey, Tally } from './tally';
import type { MemberTimeline } from './timeline';

/** What the snapshot figures read of a member's record. */
export interface MemberFacts {
  gender: Gender;
  birthDate: IsoDate;
  ethnicity: string;
  religion: string;
  theoryLevel: TheoryLevel | null;
  qualification: Qualification | null;
}

/**
 * Adds the member's snapshot figures as of the state's day: đảng số (`countedHere`: official and probationary
 * registered here, the temporarily away included) and its composition; the temporarily attached are counted apart
 * and in nothing else. The catalogue's theory and qualification keys are the record's codes (`members.theory_<code>`,
 * `members.qual_<code>`, shared/members/levels.ts), each member counted at the one level recorded, the highest held.
 */
export function addSnapshot(tally: Tally, facts: MemberFacts, state: MemberState): void {
  const counts = tally.counts;
  if (state.temporarilyAttached) counts['members.temporarily_attached'] += 1;
  if (!state.countedHere) return;
  counts['members.total'] += 1;
  if (state.official) counts['members.official'] += 1;
  if (state.probationary) counts['members.probationary'] += 1;
  if (facts.gender === 'nu') counts['members.female'] += 1;
  if (facts.ethnicity !== KINH) counts['members.ethnic_minority'] += 1;
  if (facts.religion !== NO_RELIGION) counts['members.religious'] += 1;
  if (state.exempt) counts['members.exempt'] += 1;
  if (state.temporarilyAway) counts['members.temporarily_away'] += 1;
  const band = ageBandOf(ageInYears(facts.birthDate, state.asOf));
  if (band) counts[`members.age_${band}`] += 1;
  if (facts.theoryLevel) counts[`members.theory_${facts.theoryLevel}`] += 1;
  if (facts.qualification) counts[`members.qual_${facts.qualification}`] += 1;
}

/** The day before the period's first: the day `members.opening` is counted on. */
export const openingDay = (period: Period): IsoDate => addDays(period.from, -1);

const within = (date: IsoDate, period: Pick<Period, 'from' | 'to'>) => date >= period.from && date <= period.to;

/**
 * Adds the member's figures of the period: whether they were in đảng số on the opening day (`openedCounted`), and
 * the changes, recognitions and discipline dated from the period's first day to its last.
 */
export function addPeriodChanges(tally: Tally, timeline: MemberTimeline, openedCounted: boolean, period: Pick<Period, 'from' | 'to'>): void {
  const counts = tally.counts;
  if (openedCounted) counts['members.opening'] += 1;
  for (const change of timeline.changes) {
    if (change.kind !== null && within(change.date, period)) counts[`changes.${change.kind}` satisfies CountKey] += 1;
  }
  for (const date of timeline.recognitions) if (within(date, period)) counts['changes.made_official'] += 1;
  for (const { date, form } of timeline.disciplines) if (within(date, period)) counts[`discipline.${form}`] += 1;
}
