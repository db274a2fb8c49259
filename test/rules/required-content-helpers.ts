/**
 * Table-driven tests for the required-content rules: each case is a template body (plus front-matter
 * overrides over the valid base template of its language, see `exampleTemplate`), linted with only the
 * rule under test enabled.
 */
import {
  applyFixes,
  builtinRules,
  exampleTemplate,
  lint,
  type Diagnostic,
  type FileConfig,
  type Language,
} from '@dunlint/core';
import { describe, expect, it } from 'vitest';

export interface RuleCase {
  name: string;
  language?: Language;
  code: string;
  frontMatter?: Record<string, unknown>;
  /** Expected messageIds (invalid cases). */
  messageIds?: string[];
  /** Expected severity of the first diagnostic (invalid cases). */
  severity?: 1 | 2;
  /** Applying the first suggestion must satisfy the rule (invalid cases). */
  suggestionFixes?: boolean;
  /** The suggestion's inserted text must contain this (invalid cases). */
  suggestionIncludes?: string;
}

export function onlyRule(ruleId: string): FileConfig {
  return {
    rules: { [ruleId]: { severity: 2, options: {} } },
    defaults: {},
    settings: { reviewMaxAgeMonths: 12, maxFileSize: 2 * 1024 * 1024 },
    lexicons: {},
    teamLexicons: {},
  };
}

export function templateOf(c: Pick<RuleCase, 'language' | 'code' | 'frontMatter'>): string {
  return exampleTemplate({
    code: c.code,
    language: c.language ?? 'en',
    ...(c.frontMatter ? { frontMatter: c.frontMatter } : {}),
  });
}

export function diagnosticsOf(ruleId: string, text: string): Diagnostic[] {
  return lint(text, { config: onlyRule(ruleId) }).messages.filter((m) => m.ruleId === ruleId);
}

export function describeRule(ruleId: string, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  describe(ruleId, () => {
    it('is registered', () => {
      expect(builtinRules.has(ruleId)).toBe(true);
    });

    it.each(cases.valid.map((c) => [`${c.language ?? 'en'}: ${c.name}`, c] as const))('valid — %s', (_name, c) => {
      expect(diagnosticsOf(ruleId, templateOf(c))).toEqual([]);
    });

    it.each(cases.invalid.map((c) => [`${c.language ?? 'en'}: ${c.name}`, c] as const))('invalid — %s', (_name, c) => {
      const text = templateOf(c);
      const found = diagnosticsOf(ruleId, text);
      expect(found.length).toBeGreaterThan(0);
      if (c.messageIds) expect(found.map((d) => d.messageId)).toEqual(c.messageIds);
      if (c.severity) expect(found[0]!.severity).toBe(c.severity);
      const suggestion = found[0]!.suggestions?.[0];
      if (c.suggestionIncludes) expect(suggestion?.fix.text).toContain(c.suggestionIncludes);
      if (c.suggestionFixes) {
        expect(suggestion).toBeDefined();
        const { output } = applyFixes(text, [suggestion!.fix]);
        expect(diagnosticsOf(ruleId, output).filter((d) => d.messageId === found[0]!.messageId)).toEqual([]);
      }
    });

    it('runs its documented examples as documented', () => {
      const rule = builtinRules.get(ruleId)!;
      const examples = rule.meta.examples!;
      for (const languages of ['en', 'es', 'pt'] as const) {
        expect([...examples.valid, ...examples.invalid].some((e) => (e.language ?? 'en') === languages)).toBe(true);
      }
      for (const e of examples.valid) expect(diagnosticsOf(ruleId, exampleTemplate(e)), e.code).toEqual([]);
      for (const e of examples.invalid)
        expect(diagnosticsOf(ruleId, exampleTemplate(e)).length, e.code).toBeGreaterThan(0);
    });

    it('reports on the first line of the body, with a suggestion that uses the document line ending', () => {
      const first = cases.invalid[0]!;
      const crlf = templateOf(first).replace(/\r?\n/g, '\r\n');
      const found = diagnosticsOf(ruleId, crlf);
      expect(found.length).toBeGreaterThan(0);
      const bodyLine = crlf.split('\r\n').indexOf('---', 1) + 2;
      expect(found[0]!.line).toBeGreaterThanOrEqual(bodyLine);
      const text = found[0]!.suggestions?.[0]?.fix.text ?? '';
      expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    });
  });
}
