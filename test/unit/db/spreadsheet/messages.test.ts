import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n/translator';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const sources = [
  ...readdirSync(join(repoRoot, 'db/spreadsheet')).map((file) => join(repoRoot, 'db/spreadsheet', file)),
  join(repoRoot, 'electron/cli/commands/members-import.ts'),
];

/** The `import.*` keys the spreadsheet code names (the shared messages test covers validation.*, errors.*, cli.*). */
const importKeys = [...new Set(sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(import\.[a-z_.]+)'/g)].map((match) => match[1] as string)))];

describe('the spreadsheet’s messages', () => {
  it.each(['vi', 'en'] as const)('exist in %s for every reason the import gives', (language) => {
    const { exists } = createTranslator(language);
    expect(importKeys.length).toBeGreaterThan(15);
    expect(importKeys.filter((key) => !exists(key, { lng: language, fallbackLng: false }))).toEqual([]);
  });

  it('say in plain Vietnamese what is wrong', () => {
    const { t } = createTranslator('vi');
    expect(t('import.refused', { count: 3 })).toBe('Tệp có 3 chỗ chưa đúng. Chưa có gì được ghi vào sổ.');
    expect(t('import.problem.duplicate_in_file', { firstRow: 4 })).toBe('Trùng với dòng 4 của trang này.');
  });
});
