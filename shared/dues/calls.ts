import { z } from 'zod';
import { call, id, returns } from '../api/call';
import { basisInputSchema, monthSchema, monthSheetInputSchema, reliefInputSchema } from './schema';
import type { MemberLedger, MonthSheet, YearSummary } from './views';

const year = z.number({ error: 'dues.validation.year_required' }).int().min(1930).max(2200);

/** Party dues (đảng phí): the month sheet, each member's ledger, income bases, reliefs and the year's totals. */
export const duesCalls = {
  /** Every member who owes this cell dues that month, in register order, with what they owe, paid and still owe. */
  'dues.month': call(z.object({ month: monthSchema }).strict(), returns<MonthSheet>()),
  /** Saves a month's sheet in one go: the payments listed replace the month's; a member not listed has paid nothing. */
  'dues.recordMonth': call(monthSheetInputSchema, returns<MonthSheet>()),
  /** A member's twelve months of a year, with their income bases, reliefs and the removal count. */
  'dues.member': call(z.object({ memberId: id, year }).strict(), returns<MemberLedger>()),
  /** Sets the member's income basis from a month on (replacing one from the same month). */
  'dues.setBasis': call(basisInputSchema, returns<{ id: number }>()),
  'dues.deleteBasis': call(z.object({ id }).strict(), returns<{ id: number }>()),
  /** Grants an exemption or a reduction for a window of months. */
  'dues.addRelief': call(reliefInputSchema, returns<{ id: number }>()),
  'dues.deleteRelief': call(z.object({ id }).strict(), returns<{ id: number }>()),
  /** The year month by month: owed, collected, kept and remitted. */
  'dues.year': call(z.object({ year }).strict(), returns<YearSummary>()),
} as const;
