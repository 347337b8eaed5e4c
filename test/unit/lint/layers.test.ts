import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// The first lint loads the TypeScript parser and the config.
const LINT_TIMEOUT = 30_000;

const importing = (module: string) => `import * as imported from '${module}';\nexport const used = imported;\n`;
const using = (global: string) => `export const used = ${global};\n`;

describe('layering enforced by lint', () => {
  let eslint: ESLint;

  beforeAll(() => {
    eslint = new ESLint({ cwd: repoRoot });
  });

  /** The rules broken by `code` placed at `path`, under the repo's own eslint.config.js. */
  async function brokenRules(path: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(repoRoot, path) });
    return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => message.ruleId ?? message.message);
  }

  it.each([
    ['renderer/x.ts', 'better-sqlite3'],
    ['renderer/x.ts', '../db/store'],
    ['renderer/x.ts', 'node:fs'],
    ['shared/x.ts', 'node:fs'],
    ['shared/x.ts', 'os'],
    ['shared/x.ts', 'react'],
    ['db/x.ts', 'electron'],
    ['db/x.ts', '../renderer/App'],
    ['electron/cli/x.ts', 'electron'],
    ['electron/common/x.ts', 'electron'],
    ['electron/main/x.ts', '../../renderer/App'],
  ])('%s may not import %s', async (path, module) => {
    expect(await brokenRules(path, importing(module))).toEqual(['no-restricted-imports']);
  }, LINT_TIMEOUT);

  it.each([
    ['shared/x.ts', 'window.innerWidth'],
    ['shared/x.ts', 'document.title'],
    ['shared/x.ts', 'process.env.HOME'],
  ])('%s may not use %s', async (path, global) => {
    expect(await brokenRules(path, using(global))).toEqual(['no-restricted-globals']);
  }, LINT_TIMEOUT);

  it.each([
    ['electron/main/x.ts', 'electron'],
    ['electron/cli/x.ts', '../../db/store'],
    ['renderer/x.ts', '../shared/api/dispatch'],
    ['db/x.ts', 'node:fs'],
    ['db/x.ts', '../shared/api/contract'],
  ])('%s may import %s', async (path, module) => {
    expect(await brokenRules(path, importing(module))).toEqual([]);
  }, LINT_TIMEOUT);
});
