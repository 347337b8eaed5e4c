import type { RatingFormValues } from '../../../shared/ratings/schema';
import type { StoredMemberRating } from '../../../shared/ratings/sheet';
import type { RatingYear } from '../../../shared/ratings/views';

/** The form's values for a year's sheet: a line for each member due to be rated, and the unit's level. */
export function toFormValues(year: RatingYear): RatingFormValues {
  return {
    members: year.members
      .filter((row) => row.due)
      .map((row) => ({
        memberId: row.memberId,
        choice: row.level ?? (row.notRatedReason !== null ? 'not_rated' : ''),
        reason: row.notRatedReason ?? '',
      })),
    unitLevel: year.unit.level ?? '',
  };
}

/** What the form currently says for each member, as the shared sheet computation takes it; members not due keep theirs. */
export function recordedFromForm(year: RatingYear, values: RatingFormValues): Map<number, StoredMemberRating> {
  const recorded = new Map<number, StoredMemberRating>(
    year.members.map((row) => [row.memberId, { level: row.level, notRatedReason: row.notRatedReason }]),
  );
  for (const line of values.members) {
    const { choice } = line;
    recorded.set(line.memberId, {
      level: choice === '' || choice === 'not_rated' ? null : choice,
      notRatedReason: choice === 'not_rated' && line.reason.trim() !== '' ? line.reason.trim() : null,
    });
  }
  return recorded;
}
