import type { Handlers } from '../../shared/api/contract';
import type { RatingLevel } from '../../shared/ratings/levels';
import type { RatingSheetInput } from '../../shared/ratings/schema';
import { appendAudit } from '../audit/mutations';
import { localDate } from '../clock';
import type { Db } from '../connection';
import { memberRatingsOf, unitRatingOf } from './queries';
import { deleteRating, insertMemberRating, insertUnitRating, updateRating } from './mutations';
import { refuseFutureYear, refuseUnfitLines } from './refusals';
import { readRatingYear, readRoster, requireHomeUnit } from './sheet';

type RatingCalls = 'ratings.year' | 'ratings.save';

/** Writes the members' lines that differ from what is stored, each change audited with the member it concerns. */
function saveMemberLines(db: Db, sheet: RatingSheetInput, at: Date): void {
  const stored = memberRatingsOf(db, sheet.year);
  const stamp = at.toISOString();
  for (const line of sheet.members) {
    const level = line.level;
    const notRatedReason = level === null ? (line.notRatedReason ?? null) : null;
    const existing = stored.get(line.memberId);
    const snapshot = (values: { level: RatingLevel | null; notRatedReason: string | null }) => ({
      year: sheet.year,
      memberId: line.memberId,
      level: values.level,
      notRatedReason: values.notRatedReason,
    });
    const audit = { entity: 'rating', memberId: line.memberId } as const;

    if (level === null && notRatedReason === null) {
      // Nothing decided: what was recorded, if anything, is cleared.
      if (!existing) continue;
      deleteRating(db, existing.id);
      appendAudit(db, { ...audit, entityId: existing.id, action: 'delete', before: snapshot(existing), after: null }, at);
    } else if (!existing) {
      const id = insertMemberRating(db, { year: sheet.year, memberId: line.memberId, level, notRatedReason }, stamp);
      appendAudit(db, { ...audit, entityId: id, action: 'create', before: null, after: snapshot({ level, notRatedReason }) }, at);
    } else if (existing.level !== level || existing.notRatedReason !== notRatedReason) {
      updateRating(db, existing.id, level, notRatedReason, stamp);
      appendAudit(
        db,
        { ...audit, entityId: existing.id, action: 'update', before: snapshot(existing), after: snapshot({ level, notRatedReason }) },
        at,
      );
    }
  }
}

/** Writes the home unit's own level if it changed, audited without a member. */
function saveUnitLine(db: Db, sheet: RatingSheetInput, at: Date): void {
  const home = requireHomeUnit(db);
  const existing = unitRatingOf(db, sheet.year, home.id);
  const level = sheet.unit.level;
  const snapshot = (value: RatingLevel) => ({ year: sheet.year, unitCode: home.code, level: value });
  const audit = { entity: 'rating', memberId: null } as const;
  if (existing && level === null) {
    deleteRating(db, existing.id);
    appendAudit(db, { ...audit, entityId: existing.id, action: 'delete', before: snapshot(existing.level), after: null }, at);
  } else if (!existing && level !== null) {
    const id = insertUnitRating(db, { year: sheet.year, organisationId: home.id, level }, at.toISOString());
    appendAudit(db, { ...audit, entityId: id, action: 'create', before: null, after: snapshot(level) }, at);
  } else if (existing && level !== null && existing.level !== level) {
    updateRating(db, existing.id, level, null, at.toISOString());
    appendAudit(db, { ...audit, entityId: existing.id, action: 'update', before: snapshot(existing.level), after: snapshot(level) }, at);
  }
}

/**
 * The annual review and rating. Who is due comes from the events on 31 December of the year; a sheet is saved whole
 * in one transaction, refusing lines that do not fit, and only the lines that changed are written and audited.
 */
export function ratingHandlers(db: Db, now: () => Date): Pick<Handlers, RatingCalls> {
  return {
    'ratings.year': ({ year }) => db.transaction(() => readRatingYear(db, year))(),

    'ratings.save': (sheet) =>
      db.transaction(() => {
        const at = now();
        refuseFutureYear(sheet.year, localDate(at));
        requireHomeUnit(db);
        const roster = readRoster(db, sheet.year);
        refuseUnfitLines(db, sheet, roster);
        saveMemberLines(db, sheet, at);
        saveUnitLine(db, sheet, at);
        return readRatingYear(db, sheet.year, roster);
      }).immediate(),
  };
}
