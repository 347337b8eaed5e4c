import { z } from 'zod';
import { blankToUndefined, dateSchema, optionalDateSchema, optionalText } from './fields';

/**
 * What can happen to a member, each on a date. A member's status, party age and membership on any day are computed
 * from these (see `state.ts`); nothing stores a status.
 */
export const EVENT_TYPES = [
  'admitted', // kết nạp: the date is the admission decision's; ceremonyDate the ceremony's
  'made_official', // công nhận đảng viên chính thức
  'transferred_in', // chuyển sinh hoạt chính thức đến
  'transferred_out', // chuyển sinh hoạt chính thức đi
  'temporary_in', // chuyển sinh hoạt tạm thời đến (attached here, counted at home)
  'temporary_in_end', // kết thúc sinh hoạt tạm thời tại đây
  'temporary_out', // chuyển sinh hoạt tạm thời đi
  'temporary_out_return', // trở về sau sinh hoạt tạm thời
  'exemption_start', // miễn công tác và sinh hoạt đảng
  'exemption_end', // thôi miễn
  'discipline', // kỷ luật: khiển trách, cảnh cáo, cách chức, khai trừ (khai trừ ends membership)
  'removed', // xóa tên
  'withdrew', // xin ra khỏi Đảng
  'died', // từ trần
  'badge', // Huy hiệu Đảng
  'reward', // khen thưởng
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const DISCIPLINE_FORMS = ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

/** Events that name the unit on the other side of a transfer. */
export const TRANSFER_TYPES = ['transferred_in', 'transferred_out', 'temporary_in', 'temporary_out'] as const;

const common = {
  date: dateSchema,
  decisionNumber: optionalText(100),
  issuedBy: optionalText(200),
  note: optionalText(1000),
};

const otherUnit = z
  .string({ error: 'validation.other_unit_required' })
  .trim()
  .min(1, 'validation.other_unit_required')
  .max(200, 'validation.text_too_long');

export const memberEventSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('admitted'), ...common, ceremonyDate: optionalDateSchema }).strict(),
    z.object({ type: z.literal('made_official'), ...common }).strict(),
    z.object({ type: z.literal('transferred_in'), ...common, otherUnit }).strict(),
    z.object({ type: z.literal('transferred_out'), ...common, otherUnit }).strict(),
    z.object({ type: z.literal('temporary_in'), ...common, otherUnit }).strict(),
    z.object({ type: z.literal('temporary_in_end'), ...common }).strict(),
    z.object({ type: z.literal('temporary_out'), ...common, otherUnit }).strict(),
    z.object({ type: z.literal('temporary_out_return'), ...common }).strict(),
    z.object({ type: z.literal('exemption_start'), ...common }).strict(),
    z.object({ type: z.literal('exemption_end'), ...common }).strict(),
    z
      .object({ type: z.literal('discipline'), ...common, form: z.enum(DISCIPLINE_FORMS, { error: 'validation.discipline_form_required' }) })
      .strict(),
    z.object({ type: z.literal('removed'), ...common }).strict(),
    z.object({ type: z.literal('withdrew'), ...common }).strict(),
    z.object({ type: z.literal('died'), ...common }).strict(),
    z
      .object({ type: z.literal('badge'), ...common, years: z.preprocess(blankToUndefined, z.coerce.number({ error: 'validation.badge_years_required' }).int('validation.badge_years_required')) })
      .strict(),
    z.object({ type: z.literal('reward'), ...common, title: z.string({ error: 'validation.reward_title_required' }).trim().min(1, 'validation.reward_title_required').max(300, 'validation.text_too_long') }).strict(),
  ],
  { error: 'validation.event_type_required' },
);

export type MemberEventInput = z.input<typeof memberEventSchema>;
export type MemberEventData = z.output<typeof memberEventSchema>;

/** An event as stored: its data plus its identity and order among same-day events. */
export type MemberEvent = MemberEventData & { id: number; seq: number };
