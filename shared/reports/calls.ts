import { z } from 'zod';
import { call, returns } from '../api/call';
import type { FilePayload } from '../members/views';
import { orgCodeSchema } from '../org/schemas';
import { periodSchema } from './period';
import type { PeriodReport } from './views';

/** Which report: a period, and the unit whose subtree it covers (the home unit when absent). */
const reportQuerySchema = z.object({ period: periodSchema, orgCode: orgCodeSchema.optional() }).strict();

/** The printed document's number and place, typed when printing; both may be left blank. */
const documentFactsSchema = z.object({
  number: z.string().trim().max(40, 'reports.validation.number_too_long').default(''),
  place: z.string().trim().max(80, 'reports.validation.place_too_long').default(''),
});

export const reportCalls = {
  /** Every indicator of the period as of its last day over the unit's subtree, with the tables and charts' data. */
  'reports.period': call(reportQuerySchema, returns<PeriodReport>()),
  /** The same report as an XLSX workbook, one sheet per table, numbers as numbers. */
  'reports.xlsx': call(reportQuerySchema, returns<FilePayload>()),
  /** The same report as an A4 PDF in the party's document format, fonts embedded. */
  'reports.pdf': call(reportQuerySchema.extend(documentFactsSchema.shape), returns<FilePayload>()),
} as const;
