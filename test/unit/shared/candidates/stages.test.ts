import { describe, expect, it } from 'vitest';
import { candidateProblems } from '../../../../shared/candidates/checks';
import { candidateInputSchema, type CandidateInput } from '../../../../shared/candidates/schema';
import { candidateStateOn, type CandidateFacts } from '../../../../shared/candidates/state';
import { certificateExpiredOn, certificateValidity, currentStage } from '../../../../shared/candidates/stages';
import { en } from '../../../../shared/i18n/en';
import { createTranslator } from '../../../../shared/i18n/translator';
import { vi } from '../../../../shared/i18n/vi';
import { findRuleOn } from '../../../../shared/rules/dated';
import { CERTIFICATE_VALIDITY_MONTHS } from '../../../../shared/rules/candidates';

const { t } = createTranslator();
const TODAY = '2026-01-05';

const input = (values: Record<string, unknown>): CandidateInput =>
  candidateInputSchema.parse({
    record: { fullName: 'Phạm Thị Hoa', gender: 'nu', birthDate: '12/08/1998', ethnicity: '01', religion: 'khong' },
    identifiedOn: '10/01/2025',
    ...values,
  });
const words = (values: Record<string, unknown>) => candidateProblems(input(values), TODAY).map((issue) => [issue.path, t(issue.message, issue.params)]);

describe('certificate validity', () => {
  it('is 60 months from the day issued, under a rule with its source, unknown before the first row', () => {
    expect(findRuleOn(CERTIFICATE_VALIDITY_MONTHS, '2025-01-01')).toMatchObject({ value: 60, source: expect.stringContaining('12-HD/BTCTW') as unknown });
    expect(certificateValidity('2020-02-29', '2025-01-01')?.expiresOn).toBe('2025-02-28');
    expect(certificateValidity('2015-01-01', '2016-01-01')).toBeNull();
  });

  it('counts the last day as still valid', () => {
    expect(certificateExpiredOn('2020-03-10', '2025-03-10')).toBeNull();
    expect(certificateExpiredOn('2020-03-10', '2025-03-11')?.expiresOn).toBe('2025-03-10');
  });
});

describe('candidate problems', () => {
  it('accept stages in order, the same day included', () => {
    expect(words({ certificateOn: '10/01/2025', applicationOn: '01/02/2025' })).toEqual([]);
  });

  it('name both stages when one is dated before its predecessor', () => {
    expect(words({ certificateOn: '01/01/2025' })).toEqual([
      ['certificateOn', 'Ngày cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (01/01/2025) không thể trước ngày xác định quần chúng ưu tú (10/01/2025).'],
    ]);
  });

  it('ask for the missing stage, the decision’s number and body, and a drop’s reason', () => {
    expect(words({ certificateOn: '01/02/2025', resolutionOn: '01/03/2025', decisionOn: '01/04/2025', droppedOn: '01/05/2025' })).toEqual([
      ['resolutionOn', 'Chưa có ngày thẩm tra lý lịch: hãy ghi trước khi ghi nghị quyết chi bộ đề nghị kết nạp.'],
      ['decisionNumber', 'Hãy nhập số quyết định kết nạp.'],
      ['decisionBody', 'Hãy nhập cấp ủy ra quyết định kết nạp.'],
      ['dropReason', 'Hãy ghi lý do thôi theo dõi.'],
    ]);
  });

  it('refuse a drop before the last stage and a helper with neither a member nor a name', () => {
    expect(words({ certificateOn: '01/02/2025', droppedOn: '15/01/2025', dropReason: 'Chuyển đi', helpers: [{}] })).toEqual([
      ['droppedOn', 'Ngày thôi theo dõi (15/01/2025) không thể trước ngày cấp giấy chứng nhận lớp bồi dưỡng (01/02/2025).'],
      ['helpers.0.name', 'Hãy chọn một đảng viên trong sổ hoặc nhập họ tên người giúp đỡ.'],
    ]);
  });
});

describe('candidate state', () => {
  const facts = (values: Partial<CandidateFacts>): CandidateFacts => ({
    birthDate: '1998-08-12',
    identifiedOn: '2025-01-10',
    memberId: null,
    droppedOn: null,
    ...values,
  });

  it('is the latest stage reached and the step after it', () => {
    expect(currentStage({ identifiedOn: '2025-01-10', certificateOn: '2025-02-01' })).toEqual({ stage: 'class', on: '2025-02-01' });
    expect(candidateStateOn(facts({ certificateOn: '2025-02-01', applicationOn: '2025-03-01' }), TODAY)).toMatchObject({
      status: 'active',
      stage: 'application',
      next: 'verification',
      certificate: { expiresOn: '2030-02-01', alert: null },
      warnings: [],
    });
  });

  it('stops flagging the certificate once the cell has resolved, and says nothing more once admitted or dropped', () => {
    const resolved = facts({ certificateOn: '2021-02-01', applicationOn: '2021-03-01', verificationOn: '2021-04-01', resolutionOn: '2021-05-01' });
    expect(candidateStateOn(resolved, TODAY).certificate?.alert).toBeNull();
    expect(candidateStateOn({ ...resolved, droppedOn: '2021-06-01' }, TODAY)).toMatchObject({ status: 'dropped', next: null, warnings: [] });
  });

  it('warns on age outside the admission rule, judged on the decision day', () => {
    const [warning] = candidateStateOn(facts({ birthDate: '1965-01-01' }), TODAY).warnings;
    expect(t(warning?.key ?? '', warning?.params)).toBe(
      'Ngày 05/01/2026 đã 61 tuổi 0 tháng: quá 60 tuổi. Theo Quy định 294-QĐ/TW ngày 26/5/2025, tuổi đời khi kết nạp từ đủ 18 đến đủ 60 tuổi, tính theo tháng.',
    );
  });
});

describe('candidate messages', () => {
  it('exist in both languages for every stage and next step', () => {
    for (const messages of [vi, en]) {
      expect(Object.keys(messages.candidates.stage)).toHaveLength(7);
      expect(Object.keys(messages.candidates.next)).toHaveLength(7);
    }
  });
});

describe('candidate message keys', () => {
  it('exist in both languages for every key the area’s shared and db code uses', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const root = new URL('../../../../', import.meta.url);
    const files = ['shared/candidates', 'db/candidates'].flatMap((dir) =>
      readdirSync(new URL(dir, root)).map((file) => readFileSync(new URL(`${dir}/${file}`, root), 'utf8')),
    );
    const keys = new Set<string>();
    for (const text of files) {
      for (const [, key] of text.matchAll(/['"`](candidates\.(?:validation|errors|warning)\.[\w.]+?)['"`]/g)) keys.add(key as string);
      // Keys built from a stage: every stage that can be named in them.
      for (const [, prefix] of text.matchAll(/`(candidates\.validation\.(?:missing_previous|order|dropped_before))\.\$\{/g)) keys.add(`${prefix as string}.decision`);
    }
    const has = (messages: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
    expect(keys.size).toBeGreaterThan(10);
    expect([...keys].filter((key) => typeof has(vi, key) !== 'string' || typeof has(en, key) !== 'string')).toEqual([]);
  });
});
