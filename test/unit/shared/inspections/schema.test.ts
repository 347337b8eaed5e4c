import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { toIssues } from '../../../../shared/api/dispatch';
import { inspectionInputSchema, planItemInputSchema } from '../../../../shared/inspections/schema';

// Source under test: shared/inspections/schema.ts — the checks the form and the service share.

const ROUND = {
  direction: 'conducted',
  activity: 'giam_sat',
  kind: 'thuong_xuyen',
  basis: 'ad_hoc',
  conductedBy: 'Chi bộ Khu phố 3',
  startDate: '10/03/2026',
  subjectType: 'member',
  memberId: 4,
};

const messages = (input: unknown, schema: z.ZodType = inspectionInputSchema) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('an inspection record', () => {
  it('reads dates as Vietnamese type them and keeps only what applies to the choices made', () => {
    const parsed = inspectionInputSchema.parse({ ...ROUND, unitCode: 'cb012', planItemId: '3', disciplineEventId: 7, endDate: '' });
    expect(parsed).toMatchObject({ startDate: '2026-03-10', memberId: 4, disciplineEventId: 7, violation: false, recommendations: [] });
    expect(parsed).not.toHaveProperty('unitCode');
    expect(parsed).not.toHaveProperty('planItemId');
    expect(parsed.endDate).toBeUndefined();
    const unit = inspectionInputSchema.parse({ ...ROUND, subjectType: 'unit', unitCode: 'cb012', disciplineEventId: 7 });
    expect(unit).toMatchObject({ unitCode: 'CB012' });
    expect(unit).not.toHaveProperty('disciplineEventId');
  });

  it('refuses an end before the start and a deadline before the start, at their fields', () => {
    expect(
      messages({
        ...ROUND,
        endDate: '09/03/2026',
        recommendations: [
          { content: 'Khắc phục', deadline: '01/03/2026' },
          { content: 'Báo cáo', deadline: '10/03/2026' },
        ],
      }),
    ).toEqual([
      ['endDate', 'inspections.validation.end_before_start'],
      ['recommendations.0.deadline', 'inspections.validation.deadline_before_start'],
    ]);
  });

  it('asks for the plan item of a planned round the cell conducts, not of one received', () => {
    expect(messages({ ...ROUND, basis: 'plan' })).toEqual([['planItemId', 'inspections.validation.plan_item_required']]);
    expect(messages({ ...ROUND, basis: 'plan', direction: 'received' })).toEqual([]);
  });

  it('asks for the subject chosen and for a recommendation’s content and deadline', () => {
    expect(messages({ ...ROUND, memberId: '' })).toEqual([['memberId', 'inspections.validation.member_required']]);
    expect(messages({ ...ROUND, recommendations: [{ content: ' ', deadline: '' }] })).toEqual([
      ['recommendations.0.content', 'inspections.validation.recommendation_content_required'],
      ['recommendations.0.deadline', 'validation.date_required'],
    ]);
  });

  it('keeps the area’s own message keys when the service reports the issues', () => {
    const result = inspectionInputSchema.safeParse({ ...ROUND, endDate: '01/03/2026' });
    expect(toIssues(result.error!)).toEqual([{ path: 'endDate', message: 'inspections.validation.end_before_start' }]);
  });
});

describe('a plan item', () => {
  it('names its subject by unit, member or words', () => {
    const base = { year: 2026, activity: 'kiem_tra', kind: 'chuyen_de', period: 'Q2', content: 'Kiểm tra việc đóng đảng phí' };
    expect(planItemInputSchema.parse({ ...base, subjectType: 'text', subjectText: 'Các đảng viên', memberId: 3 })).toEqual({
      ...base,
      subjectType: 'text',
      subjectText: 'Các đảng viên',
    });
    expect(messages({ ...base, subjectType: 'text' }, planItemInputSchema)).toEqual([
      ['subjectText', 'inspections.validation.subject_text_required'],
    ]);
  });
});
