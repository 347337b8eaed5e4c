import { z } from 'zod';
import { id } from '../api/call';
import { blankToUndefined, dateSchema, optionalText } from '../members/fields';
import { findRuleOn } from '../rules/dated';
import { DUES_RELIEFS } from '../rules/dues';
import { BASIS_CATEGORIES, DUES_CHANNELS, RELIEF_KINDS, RELIEF_REASONS } from './kinds';
import { firstDayOf, isDuesMonth, monthSpan, parseViMonth } from './months';

/** A month typed as Vietnamese write it (mm/yyyy) or as 'YYYY-MM'; always 'YYYY-MM' after parsing. */
export const monthSchema = z.preprocess(
  (value) => (typeof value === 'string' ? (parseViMonth(value) ?? value.trim()) : value),
  z
    .string({ error: 'dues.validation.month_required' })
    .min(1, { error: 'dues.validation.month_required', abort: true })
    .refine(isDuesMonth, 'dues.validation.month_invalid'),
);

/** An amount of money in whole đồng, typed with or without the dots Vietnamese group digits with ("50.000"). */
const money = (required: string) =>
  z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const digits = value.replace(/[\s.]/g, '').replace(/đ$/i, '');
      return digits === '' ? undefined : Number(digits);
    },
    z
      .number({ error: required })
      .refine(Number.isFinite, { error: 'dues.validation.amount_invalid', abort: true })
      .int('dues.validation.amount_whole')
      .min(0, 'dues.validation.amount_negative')
      .max(10_000_000_000, 'dues.validation.amount_too_big'),
  );

export const paymentInputSchema = z
  .object({
    memberId: id,
    amountVnd: money('dues.validation.amount_required').refine((amount) => amount !== 0, 'dues.validation.amount_zero'),
    channel: z.enum(DUES_CHANNELS, { error: 'dues.validation.channel_required' }),
    paidOn: dateSchema,
  })
  .strict();

/** A month's sheet as saved: the payments recorded for the month; a member not listed has paid nothing. */
export const monthSheetInputSchema = z
  .object({
    month: monthSchema,
    payments: z.array(paymentInputSchema).max(5000),
  })
  .strict()
  .superRefine((sheet, context) => {
    const seen = new Set<number>();
    sheet.payments.forEach((payment, index) => {
      if (seen.has(payment.memberId)) {
        context.addIssue({ code: 'custom', path: ['payments', index, 'memberId'], message: 'dues.validation.member_twice' });
      }
      seen.add(payment.memberId);
    });
  });

/** A member's income basis from a month on. Students' and fixed amounts are dues amounts; wages and pensions income. */
export const basisInputSchema = z
  .object({
    memberId: id,
    fromMonth: monthSchema,
    category: z.enum(BASIS_CATEGORIES, { error: 'dues.validation.category_required' }),
    amountVnd: z.preprocess(blankToUndefined, money('dues.validation.amount_required').optional()),
    note: optionalText(500),
  })
  .strict()
  .superRefine((basis, context) => {
    // A student's amount is set by the rule in force from 2026; only earlier months need the locally set one.
    if (basis.category !== 'student' && basis.amountVnd === undefined) {
      context.addIssue({ code: 'custom', path: ['amountVnd'], message: `dues.validation.amount_required_${basis.category}` });
    }
  });

/**
 * An exemption or reduction from a month, to a month or open-ended, checked against the relief rule in force in its
 * first month: a reduction is for hardship and takes one of the rule's shares; a hardship relief lasts at most the
 * rule's months, so it must end.
 */
export const reliefInputSchema = z
  .object({
    memberId: id,
    fromMonth: monthSchema,
    toMonth: z.preprocess(blankToUndefined, monthSchema.optional()),
    kind: z.enum(RELIEF_KINDS, { error: 'dues.validation.relief_kind_required' }),
    reason: z.enum(RELIEF_REASONS, { error: 'dues.validation.relief_reason_required' }),
    percent: z.preprocess(
      (value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : Number(value)) : value),
      z.number({ error: 'dues.validation.percent_required' }).int('dues.validation.percent_invalid').min(1, 'dues.validation.percent_invalid').max(99, 'dues.validation.percent_invalid').optional(),
    ),
    note: optionalText(500),
  })
  .strict()
  .superRefine((relief, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (relief.toMonth !== undefined && relief.toMonth < relief.fromMonth) issue('toMonth', 'dues.validation.relief_end_before_start');
    if (relief.kind === 'reduction' && relief.reason !== 'hardship') issue('reason', 'dues.validation.reduction_for_hardship');
    if (relief.kind === 'reduction' && relief.percent === undefined) issue('percent', 'dues.validation.percent_required');
    const rules = findRuleOn(DUES_RELIEFS, firstDayOf(relief.fromMonth))?.value;
    if (!rules) return;
    const allowed = rules.reductionPercents;
    if (relief.kind === 'reduction' && relief.percent !== undefined && allowed && !allowed.includes(relief.percent)) {
      issue('percent', 'dues.validation.percent_not_allowed');
    }
    if (relief.reason === 'hardship' && rules.maxMonths !== null) {
      if (relief.toMonth === undefined) issue('toMonth', 'dues.validation.relief_end_required');
      else if (monthSpan(relief.fromMonth, relief.toMonth) > rules.maxMonths) issue('toMonth', 'dues.validation.relief_too_long');
    }
  });

export type PaymentInput = z.output<typeof paymentInputSchema>;
export type MonthSheetInput = z.output<typeof monthSheetInputSchema>;
export type BasisInput = z.output<typeof basisInputSchema>;
export type ReliefInput = z.output<typeof reliefInputSchema>;

/**
 * The month sheet as the screen holds it, a row per member listed, blank where nothing was paid: the rows with an
 * amount become the sheet's payments. Checked row by row, so each problem shows in its own row as the user types.
 */
export const sheetFormSchema = z
  .object({
    month: monthSchema,
    rows: z
      .array(
        z
          .object({
            memberId: id,
            amountVnd: z.preprocess(blankToUndefined, money('dues.validation.amount_required').optional()),
            channel: z.enum(DUES_CHANNELS, { error: 'dues.validation.channel_required' }),
            paidOn: z.preprocess(blankToUndefined, dateSchema.optional()),
          })
          .superRefine((row, context) => {
            if (row.amountVnd === 0) context.addIssue({ code: 'custom', path: ['amountVnd'], message: 'dues.validation.amount_zero' });
            if (row.amountVnd !== undefined && row.paidOn === undefined) {
              context.addIssue({ code: 'custom', path: ['paidOn'], message: 'validation.date_required' });
            }
          }),
      )
      .max(5000),
  })
  .transform(
    ({ month, rows }): MonthSheetInput => ({
      month,
      payments: rows.flatMap(({ memberId, amountVnd, channel, paidOn }) =>
        amountVnd === undefined || paidOn === undefined ? [] : [{ memberId, amountVnd, channel, paidOn }],
      ),
    }),
  );
