/**
 * A RuleTester for dunlint rules, in the style of ESLint's `RuleTester` (vitest-based).
 *
 *   ruleTester.run(rule, { valid: [...], invalid: [...] })
 *
 * Each case is linted with ONLY the rule under test turned on (every other registered rule is
 * off), through the core's public API (`lint`, `lintAndFix`, `applyFixes`, `resolveFileConfig`,
 * `presetConfig`, `exampleTemplate`). A case's `code` is either a template body, put after a valid
 * base front matter of the case's `language` (with `frontMatter` merged over it, `null` deleting a
 * key, `{ __none: true }` meaning "no front matter at all"), or a whole template that starts with
 * `---` (optionally after a BOM), used exactly as written.
 *
 * Besides the expectations of each case, every run checks that:
 * - the rule only reports `messageId`s declared in `meta.messages` (a rule that reports an unknown
 *   one crashes inside the core and that crash is reported as a failure);
 * - every reported range (diagnostic, fix, suggestion, related location) lies inside the document
 *   and its line/column agree with its offsets;
 * - an invalid case whose diagnostics carry a fix states the fixed text in `output` (`null` when
 *   the rule must not fix); the fixes, applied in one pass, give that text, the engine's `lintAndFix`
 *   agrees, and the fixed text, linted again, has no fix left (idempotence);
 * - every suggestion, applied alone, produces the expected `output`.
 *
 * The checks are plain functions (`verifyValid`, `verifyInvalid`) that throw on failure, so the
 * tester itself can be tested; `run` wraps them in `describe`/`it`.
 */
import {
  applyFixes,
  builtinRules,
  exampleTemplate,
  LineIndex,
  lint,
  lintAndFix,
  presetConfig,
  resolveFileConfig,
  stripBom,
  type Diagnostic,
  type FileConfig,
  type Language,
  type LintResult,
  type OffsetRange,
  type Rule,
  type RuleSetting,
} from '@dunlint/core';
import { describe, expect, it } from 'vitest';

export interface ValidCase {
  /** Test title; defaults to the code. */
  name?: string;
  /** A template body, or a whole template starting with `---`. */
  code: string;
  /** Front matter overrides merged over the valid base of `language` (`null` deletes a key). */
  frontMatter?: Record<string, unknown>;
  /** Which base front matter to use (default `en`). */
  language?: Language;
  /** The rule's options. */
  options?: Record<string, unknown>;
  /** The file's path, passed to the core (overrides, rules that care). */
  filename?: string;
}

export interface ExpectedSuggestion {
  messageId?: string;
  /** The whole text after applying this suggestion alone. */
  output: string;
}

export interface ExpectedError {
  messageId: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Data the message was formatted with: the reported message must equal the formatted template. */
  data?: Record<string, string | number>;
  /** Required when the diagnostic has suggestions (`[]` asserts that it has none). */
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The text after applying every fix; `null` asserts that nothing is fixed. */
  output?: string | null;
}

export interface RuleTests {
  valid: (ValidCase | string)[];
  invalid: InvalidCase[];
}

/** ESLint's message formatting: `{{key}}` replaced by `data[key]`, unknown keys left as written. */
function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}

const WHOLE_TEMPLATE = /^\uFEFF?---[ \t]*(?:\r\n|\n|\r)/;

/** The full template text of a case. */
export function caseText(c: ValidCase): string {
  if (WHOLE_TEMPLATE.test(c.code)) return c.code;
  return exampleTemplate({
    code: c.code,
    language: c.language ?? 'en',
    ...(c.frontMatter ? { frontMatter: c.frontMatter } : {}),
  });
}

/** The registry used for a run: the built-in rules, with `rule` registered (or replacing its namesake). */
export function registryWith(rule: Rule): ReadonlyMap<string, Rule> {
  const registry = new Map(builtinRules);
  registry.set(rule.id, rule);
  return registry;
}

/** The file configuration with only `rule` on, at its recommended severity (`error` when that is off). */
export function onlyRuleConfig(
  rule: Rule,
  registry: ReadonlyMap<string, Rule>,
  options?: Record<string, unknown>,
  filename?: string,
): FileConfig {
  const severity = rule.meta.severity === 'off' ? 'error' : rule.meta.severity;
  const rules: Record<string, RuleSetting> = {};
  for (const id of registry.keys()) rules[id] = 'off';
  rules[rule.id] = options ? [severity, options] : severity;
  return resolveFileConfig(
    {
      layers: [
        { data: presetConfig('recommended', registry), baseDir: '', source: 'preset:recommended' },
        { data: { rules }, baseDir: '', source: 'rule-tester' },
      ],
    },
    filename,
    registry,
  );
}

class RuleTesterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleTesterError';
  }
}

function fail(message: string): never {
  throw new RuleTesterError(message);
}

function describeRange(text: string, range: OffsetRange): string {
  return `[${range[0]}, ${range[1]}) ${JSON.stringify(text.slice(range[0], range[1]))}`;
}

/** Ranges inside the document, positions consistent with offsets. */
function checkRanges(rule: Rule, source: string, messages: readonly Diagnostic[]): void {
  const { text } = stripBom(source);
  const lines = new LineIndex(text);
  const inside = (range: OffsetRange, what: string) => {
    const [s, e] = range;
    if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e < s || e > text.length)
      fail(`${rule.id}: ${what} range [${s}, ${e}) is not inside the document (length ${text.length}).`);
  };
  const positionOk = (line: number, column: number, what: string) => {
    if (line < 1 || line > lines.lineCount) fail(`${rule.id}: ${what} line ${line} is outside 1..${lines.lineCount}.`);
    const max = lines.lineEnd(line) - lines.lineStarts[line - 1]! + 1;
    // A range may end just after a line break (column 1 of the next line) but never past a line's end.
    if (column < 1 || column > max) fail(`${rule.id}: ${what} column ${column} is outside 1..${max} on line ${line}.`);
  };
  for (const m of messages) {
    const what = `"${m.messageId}" at ${m.line}:${m.column}`;
    inside([m.offset, m.endOffset], what);
    positionOk(m.line, m.column, `${what} start`);
    positionOk(m.endLine, m.endColumn, `${what} end`);
    const s = lines.position(m.offset);
    const e = lines.position(m.endOffset);
    if (s.line !== m.line || s.column !== m.column || e.line !== m.endLine || e.column !== m.endColumn)
      fail(
        `${rule.id}: ${what}: line/column ${m.line}:${m.column}-${m.endLine}:${m.endColumn} do not match offsets ${describeRange(text, [m.offset, m.endOffset])} (${s.line}:${s.column}-${e.line}:${e.column}).`,
      );
    if (m.fix) inside(m.fix.range, `${what} fix`);
    for (const sg of m.suggestions ?? []) inside(sg.fix.range, `${what} suggestion "${sg.messageId}"`);
    for (const r of m.related ?? []) {
      positionOk(r.line, r.column, `${what} related start`);
      positionOk(r.endLine, r.endColumn, `${what} related end`);
    }
  }
}

/** Lints a case and checks what every run must satisfy; returns the rule's diagnostics. */
function lintCase(rule: Rule, c: ValidCase): { text: string; result: LintResult; config: FileConfig } {
  const registry = registryWith(rule);
  const config = onlyRuleConfig(rule, registry, c.options, c.filename);
  const text = caseText(c);
  const result = lint(text, { config, rules: registry, ...(c.filename ? { filePath: c.filename } : {}) });
  const declared = Object.keys(rule.meta.messages);
  for (const m of result.messages) {
    if (m.ruleId !== rule.id)
      fail(`${rule.id}: only "${rule.id}" is on, but "${String(m.ruleId)}" reported: ${m.message}`);
    if (m.messageId === undefined) fail(`${rule.id}: the rule crashed or reported without a messageId: ${m.message}`);
    if (!declared.includes(m.messageId))
      fail(`${rule.id}: reported messageId "${m.messageId}", which is not in meta.messages (${declared.join(', ')}).`);
    for (const s of m.suggestions ?? [])
      if (s.messageId !== undefined && !declared.includes(s.messageId))
        fail(`${rule.id}: suggested messageId "${s.messageId}", which is not in meta.messages.`);
    if (m.fix && rule.meta.fixable !== 'code') fail(`${rule.id}: reported a fix but meta.fixable is not "code".`);
  }
  checkRanges(rule, text, result.messages);
  return { text, result, config };
}

/** Throws unless the rule reports nothing on the case. */
export function verifyValid(rule: Rule, c: ValidCase | string): void {
  const theCase = typeof c === 'string' ? { code: c } : c;
  const { result } = lintCase(rule, theCase);
  if (result.messages.length > 0)
    fail(
      `${rule.id}: expected no problems, got ${result.messages.length}:\n${result.messages
        .map((m) => `  ${m.line}:${m.column} ${m.messageId}: ${m.message}`)
        .join('\n')}`,
    );
}

/** Throws unless the rule reports exactly the expected errors, fixes and suggestions. */
export function verifyInvalid(rule: Rule, c: InvalidCase): void {
  if (c.errors.length === 0) fail(`${rule.id}: an invalid case needs at least one expected error.`);
  const { text, result, config } = lintCase(rule, c);
  const messages = result.messages;
  if (messages.length !== c.errors.length)
    fail(
      `${rule.id}: expected ${c.errors.length} problem(s), got ${messages.length}:\n${messages
        .map((m) => `  ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.messageId}: ${m.message}`)
        .join('\n')}`,
    );
  c.errors.forEach((expected, i) => {
    const m = messages[i]!;
    const at = `${rule.id}: problem #${i + 1}`;
    expect(m.messageId, `${at}: messageId`).toBe(expected.messageId);
    for (const key of ['line', 'column', 'endLine', 'endColumn'] as const)
      if (expected[key] !== undefined) expect(m[key], `${at} ("${m.messageId}"): ${key}`).toBe(expected[key]);
    if (expected.data !== undefined) {
      const template = rule.meta.messages[expected.messageId]!;
      expect(m.message, `${at}: message formatted with data`).toBe(formatMessage(template, expected.data));
    }
    const suggestions = m.suggestions ?? [];
    if (expected.suggestions === undefined) {
      if (suggestions.length > 0)
        fail(
          `${at} ("${m.messageId}") has ${suggestions.length} suggestion(s): add "suggestions" to the expected error.`,
        );
    } else {
      expect(suggestions.length, `${at}: number of suggestions`).toBe(expected.suggestions.length);
      expected.suggestions.forEach((es, j) => {
        const s = suggestions[j]!;
        if (es.messageId !== undefined) expect(s.messageId, `${at}: suggestion #${j + 1} messageId`).toBe(es.messageId);
        const { output } = applyFixes(text, [s.fix]);
        if (output === text) fail(`${at}: suggestion #${j + 1} ("${s.messageId}") changes nothing.`);
        expect(output, `${at}: output of suggestion #${j + 1} ("${s.messageId}")`).toBe(es.output);
      });
    }
  });

  const fixes = messages.filter((m) => m.fix !== undefined);
  if (fixes.length === 0) {
    if (typeof c.output === 'string')
      fail(`${rule.id}: expected the output ${JSON.stringify(c.output)}, but the rule reported no fix.`);
    return;
  }
  if (c.output === undefined)
    fail(
      `${rule.id}: the rule fixed the code; add "output" (the fixed text) to the case, or "output: null" to forbid it.`,
    );
  if (c.output === null)
    fail(`${rule.id}: expected no fix ("output: null"), but the rule fixed ${fixes.length} problem(s).`);
  // One pass applies every fix (they must not overlap), like ESLint's RuleTester.
  const { output, skipped } = applyFixes(
    text,
    fixes.map((m) => m.fix!),
  );
  if (skipped.length > 0) fail(`${rule.id}: ${skipped.length} fix(es) overlap another fix and were not applied.`);
  if (output === text) fail(`${rule.id}: the rule reported fixes that change nothing.`);
  expect(output, `${rule.id}: output after fixing`).toBe(c.output);
  const registry = registryWith(rule);
  const options = { config, rules: registry, ...(c.filename ? { filePath: c.filename } : {}) };
  // Idempotence: the fixed text, linted again from scratch, has nothing left to fix.
  const again = lint(output, options);
  checkRanges(rule, output, again.messages);
  const left = again.messages.filter((m) => m.fix !== undefined);
  if (left.length > 0)
    fail(
      `${rule.id}: the fix is not idempotent: linting the output still reports ${left.length} fix(es): ${left
        .map((m) => `${m.line}:${m.column} ${m.messageId}`)
        .join(', ')}.`,
    );
  // The engine's own fix loop must agree.
  expect(lintAndFix(text, options).output, `${rule.id}: lintAndFix output`).toBe(output);
}

function title(c: ValidCase | string): string {
  if (typeof c === 'string') return c;
  return c.name ?? (c.code.length > 70 ? `${c.code.slice(0, 67)}...` : c.code);
}

export class RuleTester {
  run(rule: Rule, tests: RuleTests): void {
    describe(rule.id, () => {
      it('is a rule with messages and a docs URL', () => {
        expect(rule.id).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        expect(rule.meta.docs.url).toMatch(new RegExp(`/${rule.id}\\.md$`));
      });
      describe('valid', () => {
        tests.valid.forEach((c, i) => {
          it(`#${i + 1} ${title(c)}`, () => verifyValid(rule, c));
        });
      });
      describe('invalid', () => {
        tests.invalid.forEach((c, i) => {
          it(`#${i + 1} ${title(c)}`, () => verifyInvalid(rule, c));
        });
      });
    });
  }
}

export const ruleTester = new RuleTester();

/** A rule from the built-in registry, by id (fails loudly when it does not exist). */
export function builtinRule(id: string): Rule {
  const rule = builtinRules.get(id);
  if (!rule) throw new Error(`no built-in rule "${id}"`);
  return rule;
}
