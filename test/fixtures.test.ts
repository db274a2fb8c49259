/**
 * Fixture tests: every `test/fixtures/<rule-id>/<lang>/<name>.md` is linted with the recommended
 * preset and compared with `<name>.expected.json`; `lintAndFix` must produce `<name>.fixed.md`
 * (or change nothing when there is no such file), and the fixed text, linted again, must have no
 * fix left. Fixture names start with `valid` (the rule of the folder reports nothing) or `invalid`
 * (it reports at least once).
 *
 *   UPDATE_FIXTURES=1 npx vitest run test/fixtures.test.ts   # rewrite the expected files
 *
 * The default run only compares: it never writes.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  builtinRules,
  defaultConfig,
  languageOf,
  LANGUAGES,
  lint,
  lintAndFix,
  parseTemplate,
  resolveFileConfig,
  type Diagnostic,
} from '@dunlint/core';
import { describe, expect, it } from 'vitest';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** Structure rules that must have a valid and an invalid fixture in each language. */
const STRUCTURE_RULES = [
  'frontmatter-required',
  'frontmatter-schema',
  'placeholder-syntax',
  'placeholder-undeclared',
  'placeholder-unused',
];

interface Expected {
  ruleId: string | null;
  severity: 1 | 2;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId: string | undefined;
}

interface Fixture {
  ruleId: string;
  lang: string;
  name: string;
  path: string;
  /** Path of the file without `.md`. */
  stem: string;
}

function findFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const ruleId of readdirSync(FIXTURES).sort()) {
    const ruleDir = join(FIXTURES, ruleId);
    if (!statSync(ruleDir).isDirectory()) continue;
    for (const lang of readdirSync(ruleDir).sort()) {
      const langDir = join(ruleDir, lang);
      if (!statSync(langDir).isDirectory()) continue;
      for (const file of readdirSync(langDir).sort()) {
        if (!file.endsWith('.md') || file.endsWith('.fixed.md')) continue;
        const stem = join(langDir, file.slice(0, -3));
        out.push({ ruleId, lang, name: file.slice(0, -3), path: join(langDir, file), stem });
      }
    }
  }
  return out;
}

const pick = (m: Diagnostic): Expected => ({
  ruleId: m.ruleId,
  severity: m.severity,
  line: m.line,
  column: m.column,
  endLine: m.endLine,
  endColumn: m.endColumn,
  messageId: m.messageId,
});

/** The recommended preset, resolved for the fixture's path (as the CLI does without a config file). */
const lintFixture = (text: string, filePath: string) =>
  lint(text, { filePath, config: resolveFileConfig(defaultConfig(), filePath) });

const fixtures = findFixtures();

describe('fixtures', () => {
  it('exist for every structure rule: a valid and an invalid one in en, es and pt', () => {
    for (const ruleId of STRUCTURE_RULES)
      for (const lang of LANGUAGES)
        for (const kind of ['valid', 'invalid'])
          expect(
            fixtures.some((f) => f.ruleId === ruleId && f.lang === lang && f.name.startsWith(kind)),
            `${ruleId}/${lang}/${kind}*.md`,
          ).toBe(true);
  });

  it.each(fixtures.map((f) => [relative(FIXTURES, f.path), f] as const))('%s', (_name, f) => {
    expect(builtinRules.has(f.ruleId), `folder "${f.ruleId}" is a rule id`).toBe(true);
    expect(LANGUAGES as readonly string[]).toContain(f.lang);
    expect(f.name, 'fixture names start with "valid" or "invalid"').toMatch(/^(valid|invalid)(-|$)/);
    const text = readFileSync(f.path, 'utf8');
    const data = parseTemplate(text).frontMatter?.data;
    if (data?.locale !== undefined) expect(languageOf(data.locale), 'locale matches the folder').toBe(f.lang);

    const result = lintFixture(text, f.path);
    const actual = result.messages.map(pick);
    const fixed = lintAndFix(text, { filePath: f.path, config: resolveFileConfig(defaultConfig(), f.path) });
    const expectedPath = `${f.stem}.expected.json`;
    const fixedPath = `${f.stem}.fixed.md`;

    if (UPDATE) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      if (fixed.fixed) writeFileSync(fixedPath, fixed.output);
      else if (existsSync(fixedPath)) rmSync(fixedPath);
    }

    expect(existsSync(expectedPath), `${relative(FIXTURES, expectedPath)} exists (UPDATE_FIXTURES=1 writes it)`).toBe(
      true,
    );
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected[];
    expect(actual).toEqual(expected);

    const own = actual.filter((m) => m.ruleId === f.ruleId);
    if (f.name.startsWith('valid')) expect(own, `a valid fixture: ${f.ruleId} reports nothing`).toEqual([]);
    else expect(own.length, `an invalid fixture: ${f.ruleId} reports`).toBeGreaterThan(0);

    if (existsSync(fixedPath)) {
      expect(fixed.fixed, 'the fixture has fixes').toBe(true);
      expect(fixed.output).toBe(readFileSync(fixedPath, 'utf8'));
    } else {
      expect(
        result.messages.filter((m) => m.fix),
        'no .fixed.md: nothing is fixable',
      ).toEqual([]);
      expect(fixed.output).toBe(text);
    }
    // A BOM survives fixing.
    expect(fixed.output.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
    // Idempotence: the fixed text, linted again, has nothing left to fix and agrees with lintAndFix.
    const again = lintFixture(fixed.output, f.path);
    expect(again.messages.filter((m) => m.fix)).toEqual([]);
    expect(again.messages.map(pick)).toEqual(fixed.result.messages.map(pick));
  });
});
