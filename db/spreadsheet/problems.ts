import type { z } from 'zod';
import { toIssues } from '../../shared/api/dispatch';
import type { ApiIssue, MessageParams } from '../../shared/api/errors';
import type { ImportProblem } from '../../shared/members/views';

/** A cell of the file, as a problem names it: sheet, spreadsheet row number, column header, the text in it. */
export interface CellRef {
  sheet: string;
  row: number;
  column: string;
  value: string;
}

export function problemAt(at: CellRef, reason: string, params?: MessageParams): ImportProblem {
  return { ...at, reason, ...(params ? { params } : {}) };
}

/** About the file as a whole (not a workbook, a sheet missing): no row or column to point at. */
export function fileProblem(reason: string, params?: MessageParams): ImportProblem {
  return problemAt({ sheet: '', row: 0, column: '', value: '' }, reason, params);
}

/**
 * A schema's or a service's refusals as problems at the cells they are about. `cellFor` maps an issue's dotted path
 * (`fullName`, `events.2.date`) to its cell; issues the schema words the same way for one cell are listed once.
 */
export function issueProblems(issues: readonly ApiIssue[], cellFor: (path: string) => CellRef): ImportProblem[] {
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const issue of issues) {
    const at = cellFor(issue.path);
    const key = `${at.sheet}\u0000${at.row}\u0000${at.column}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problemAt(at, issue.message, issue.params));
  }
  return problems;
}

export const zodProblems = (error: z.ZodError, cellFor: (path: string) => CellRef) => issueProblems(toIssues(error), cellFor);
