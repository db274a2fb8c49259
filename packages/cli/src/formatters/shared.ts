import { relative } from 'node:path';
import type { Rule } from '@dunlint/core';
import type { FileResult } from '../types.js';

/** A path as a person reads it: relative to the working directory, with forward slashes. */
export function displayPath(filePath: string, cwd: string): string {
  if (filePath.startsWith('<')) return filePath;
  const rel = relative(cwd, filePath);
  const shown = rel === '' || rel.startsWith('..') ? filePath : rel;
  return shown.split('\\').join('/');
}

export interface Totals {
  errors: number;
  warnings: number;
  fixableErrors: number;
  fixableWarnings: number;
}

export function totals(results: readonly FileResult[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const r of results) {
    t.errors += r.errorCount;
    t.warnings += r.warningCount;
    t.fixableErrors += r.fixableErrorCount;
    t.fixableWarnings += r.fixableWarningCount;
  }
  return t;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The legal basis of a rule as one line ("FDCPA 15 U.S.C. §1692e(4); CDC art. 42"). */
export function legalLine(rule: Rule | undefined): string | undefined {
  const laws = rule?.meta.legal?.map((l) => l.law) ?? [];
  return laws.length > 0 ? laws.join('; ') : undefined;
}
