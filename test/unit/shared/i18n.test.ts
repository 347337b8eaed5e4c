import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { createTranslator } from '../../../shared/i18n/translator';
import { vi } from '../../../shared/i18n/vi';
import { ORG_KINDS } from '../../../shared/org/kinds';
import { LANGUAGES } from '../../../shared/settings/schemas';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

type Tree = { [key: string]: string | Tree };

/** Every message as `dotted.key → text`. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value, `${path}.`)) flat.set(inner, text);
  }
  return flat;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file))
    .map((file) => join(repoRoot, dir, file));
}

/** Message keys written out as string literals by the code that produces messages for people. */
function keysUsedIn(dirs: string[]): string[] {
  const keys = new Set<string>();
  for (const file of dirs.flatMap(sourceFiles)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/['"`]((?:validation|errors|cli)\.[A-Za-z0-9_]+)['"`]/g)) {
      keys.add(match[1] as string);
    }
  }
  return [...keys].sort();
}

const viMessages = flatten(vi);
const enMessages = flatten(en);

describe('messages', () => {
  it('exist in English for exactly the keys they exist in Vietnamese', () => {
    expect([...enMessages.keys()].sort()).toEqual([...viMessages.keys()].sort());
  });

  it('take the same {{placeholders}} in both languages', () => {
    const mismatched = [...viMessages]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(enMessages.get(key) ?? '').join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('exist for every key the schemas, the store and the hosts use', () => {
    const used = keysUsedIn(['shared', 'db', 'electron']);
    expect(used).toEqual(expect.arrayContaining(['validation.code_format', 'errors.home_exists', 'cli.initDone']));
    expect(used.filter((key) => !viMessages.has(key) || !enMessages.has(key))).toEqual([]);
  });

  it('name every kind of organisation and every language', () => {
    const needed = [...ORG_KINDS.map((kind) => `org.kind.${kind}.label`), ...LANGUAGES.map((language) => `language.${language}`)];
    expect(needed.filter((key) => !viMessages.has(key) || !enMessages.has(key))).toEqual([]);
  });
});

describe('createTranslator', () => {
  it('speaks Vietnamese by default', () => {
    const { t } = createTranslator();
    expect(t('errors.home_exists', { name: 'Chi bộ Khu phố 3', code: 'CB012' })).toBe(
      'Sổ này đã được thiết lập cho đơn vị Chi bộ Khu phố 3 (mã CB012). Không thể thiết lập lần nữa.',
    );
  });

  it('translates into English, filling in values without escaping them', () => {
    const { t } = createTranslator('en');
    expect(t('errors.home_exists', { name: 'Chi bộ <Khu phố 3>', code: 'CB012' })).toBe(
      'This register is already set up for Chi bộ <Khu phố 3> (code CB012). It cannot be set up again.',
    );
    expect(t('validation.code_too_long', { max: 20 })).toBe('The code is too long: at most 20 characters.');
  });

  it('falls back to Vietnamese for a message English does not have', () => {
    const translator = createTranslator('en');
    translator.addResource('vi', 'translation', 'test.onlyInVietnamese', 'Chỉ có tiếng Việt');
    expect(translator.t('test.onlyInVietnamese')).toBe('Chỉ có tiếng Việt');
  });
});
