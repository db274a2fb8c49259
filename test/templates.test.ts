/**
 * The shipped starter templates (templates/<lang>/*.md): every one lints with no errors and no
 * warnings under `recommended` (the library's own configuration, templates/.dunlintrc.yaml) and under
 * a configuration that extends `strict`; their ids are unique; the generated index lists them all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules, lint, loadConfig, resolveFileConfig, type Config } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { templateFiles } from '../scripts/docs/templates-index.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(repo, 'templates');
const files: string[] = templateFiles(repo);

const library = loadConfig(join(dir, '.dunlintrc.yaml'), {
  readFile: (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined),
});
const STRICT = join(dir, '.strict.dunlintrc.yaml');
const strict = loadConfig(STRICT, { readFile: (p) => (p === STRICT ? 'extends: [strict]\n' : undefined) });

function problems(file: string, config: Config): string[] {
  const path = join(dir, file);
  const result = lint(readFileSync(path, 'utf8'), {
    config: resolveFileConfig(config, path, builtinRules),
    filePath: path,
  });
  return result.messages.map(
    (m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}: ${m.message}`,
  );
}

describe('templates/', () => {
  it('holds starter templates in English, Spanish and Portuguese', () => {
    for (const language of ['en', 'es', 'pt']) {
      expect(
        files.some((f) => f.startsWith(`${language}/`)),
        language,
      ).toBe(true);
    }
  });

  it.each(files)('%s: no errors or warnings under recommended', (file) => {
    expect(problems(file, library)).toEqual([]);
  });

  it.each(files)('%s: no errors or warnings under a configuration that extends strict', (file) => {
    expect(problems(file, strict)).toEqual([]);
  });

  it('ids are unique', () => {
    const byId = new Map<string, string[]>();
    for (const file of files) {
      const id = /^id:\s*(\S+)\s*$/m.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
      expect(id, `${file} has no id`).toBeDefined();
      byId.set(id!, [...(byId.get(id!) ?? []), file]);
    }
    const duplicates = [...byId].filter(([, list]) => list.length > 1).map(([id, list]) => `${id}: ${list.join(', ')}`);
    expect(duplicates).toEqual([]);
  });

  it('the index (templates/README.md) links every template', () => {
    const index = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const file of files) expect(index, file).toContain(`](${encodeURI(file)})`);
  });
});
