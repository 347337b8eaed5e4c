import { rmSync } from 'node:fs';
import { ApiFailure, type ApiIssue } from '../../shared/api/errors';
import type { FilePayload, ImportPreview, ImportProblem, ImportResult } from '../../shared/members/views';
import { writeSafetyCopy } from '../backup';
import { localDate } from '../clock';
import type { Db } from '../connection';
import { findHomeUnit } from '../organisations/queries';
import { addMembers, type Addition } from './add-members';
import { planImport, type ImportPlan } from './plan';
import { readMemberWorkbook } from './read-workbook';
import { sortProblems } from './sort-problems';

async function planFile(db: Db, file: FilePayload, now: Date): Promise<ImportPlan> {
  const reading = await readMemberWorkbook(Buffer.from(file.base64, 'base64'));
  return reading.ok ? planImport(db, reading.sheets, localDate(now)) : { members: [], problems: reading.problems };
}

/** Thrown inside the import's transaction to undo it. */
class Undo extends Error {
  constructor(readonly addition: Addition) {
    super('import undone');
  }
}

/**
 * What the file would add, and every problem in it. The members are really added, in a transaction that is then
 * undone: the preview checks exactly what the commit would do, and writes nothing.
 */
export async function previewImport(db: Db, file: FilePayload, now: Date): Promise<ImportPreview> {
  const plan = await planFile(db, file, now);
  let addition: Addition = { added: 0, events: 0, problems: [] };
  if (plan.members.length > 0) {
    try {
      db.transaction(() => {
        throw new Undo(addMembers(db, plan.members, now));
      }).immediate();
    } catch (error) {
      if (!(error instanceof Undo)) throw error;
      addition = error.addition;
    }
  }
  const problems = sortProblems([...plan.problems, ...addition.problems]);
  const homeCode = findHomeUnit(db)?.code ?? '';
  return {
    ok: problems.length === 0,
    members: plan.members.map((member) => ({
      row: member.source.row,
      fullName: member.record.fullName,
      unitCode: member.unitCode ?? homeCode,
      partyCardNumber: member.record.partyCardNumber ?? null,
      events: member.events.length,
    })),
    eventCount: plan.members.reduce((sum, member) => sum + member.events.length, 0),
    problems,
  };
}

/** Each problem as an issue: the cell in the path and in the values, so a host can print it without the preview. */
const toIssue = (problem: ImportProblem): ApiIssue => ({
  path: `${problem.sheet}.${problem.row}.${problem.column}`,
  message: problem.reason,
  params: { ...problem.params, sheet: problem.sheet, row: problem.row, column: problem.column, value: problem.value },
});

function refuse(problems: readonly ImportProblem[]): never {
  const sorted = sortProblems(problems);
  throw new ApiFailure('validation', 'import.refused', { count: sorted.length }, sorted.map(toIssue));
}

/**
 * Adds the whole file or nothing: refused with every problem if there is any; otherwise a safety copy of the
 * register is written first, then all members and their events are added in one transaction.
 */
export async function commitImport(db: Db, file: FilePayload, now: Date, databaseFile: string): Promise<ImportResult> {
  const plan = await planFile(db, file, now);
  if (plan.problems.length > 0) refuse(plan.problems);
  if (plan.members.length === 0) return { added: 0, events: 0, backupPath: null };

  const backupPath = writeSafetyCopy(db, databaseFile, 'import', now);
  try {
    const addition = db
      .transaction(() => {
        const result = addMembers(db, plan.members, now);
        if (result.problems.length > 0) throw new Undo(result);
        return result;
      })
      .immediate();
    return { added: addition.added, events: addition.events, backupPath };
  } catch (error) {
    if (!(error instanceof Undo)) throw error;
    // Nothing was changed, so the copy of the unchanged register is only clutter.
    rmSync(backupPath, { force: true });
    return refuse(error.addition.problems);
  }
}
