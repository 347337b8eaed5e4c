import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en';
import { vi } from '../../../../shared/i18n/vi';

// Source under test: shared/i18n/{vi,en}/inspections.ts against the keys the area's schemas and services use.

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

function keysUsed(dirs: string[]): string[] {
  const keys = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(join(repoRoot, dir))) {
      const text = readFileSync(join(repoRoot, dir, file), 'utf8');
      for (const match of text.matchAll(/['"`](inspections\.(?:validation|errors)\.[a-z_]+)['"`]/g)) keys.add(match[1] as string);
    }
  }
  return [...keys].sort();
}

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('inspection messages', () => {
  it('exist in both languages for every refusal and form check the area raises', () => {
    const used = keysUsed(['shared/inspections', 'db/inspections']);
    expect(used).toEqual(expect.arrayContaining(['inspections.errors.discipline_not_members', 'inspections.validation.deadline_before_start']));
    expect(used.filter((key) => typeof lookup(vi, key) !== 'string' || typeof lookup(en, key) !== 'string')).toEqual([]);
  });

  it('tell the refusal of another member’s discipline in plain words', () => {
    expect(vi.inspections.errors.discipline_not_members.replace('{{name}}', 'Trần Văn An')).toContain(
      'không phải là một lần kỷ luật của đồng chí Trần Văn An',
    );
  });
});
