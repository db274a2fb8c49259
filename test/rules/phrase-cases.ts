/**
 * Table-driven cases for the phrase rules: each case is a template body (plus front-matter
 * overrides) and the exact words the rule must report in it, in order (`[]` = silent).
 */
import type { Language } from '@dunlint/core';
import { expect, it } from 'vitest';
import { diagnosticsOf, templateOf } from './required-content-helpers.js';

export interface PhraseCase {
  language: Language;
  code: string;
  frontMatter?: Record<string, unknown>;
  /** The exact words each diagnostic covers, in order. */
  flagged: string[];
}

/** The document slices that `ruleId` reports in the case's template. */
export function flaggedWords(ruleId: string, c: Omit<PhraseCase, 'flagged'>): string[] {
  const text = templateOf(c);
  return diagnosticsOf(ruleId, text).map((d) => text.slice(d.offset, d.endOffset));
}

/** One test per case: the invalid ones report exactly their words, the valid ones nothing. */
export function itReportsExactly(ruleId: string, invalid: readonly PhraseCase[], valid: readonly PhraseCase[]): void {
  it.each(invalid.map((c) => [`${c.language}: ${c.code}`, c] as const))('reports %s', (_name, c) => {
    expect(flaggedWords(ruleId, c)).toEqual(c.flagged);
  });
  it.each(valid.map((c) => [`${c.language}: ${c.code}`, c] as const))('stays silent on %s', (_name, c) => {
    expect(flaggedWords(ruleId, c)).toEqual([]);
  });
}
