import type { Diagnostic, Suppression } from '@dunlint/core';
import type { FileResult, Formatter } from '../types.js';

/** One message exactly as SPEC §4 and ESLint's JSON output shape it. */
function message(m: Diagnostic) {
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.fix ? { fix: { range: m.fix.range, text: m.fix.text } } : {}),
    ...(m.suggestions && m.suggestions.length > 0
      ? { suggestions: m.suggestions.map((s) => ({ desc: s.desc, fix: { range: s.fix.range, text: s.fix.text } })) }
      : {}),
  };
}

/** A message silenced by an inline directive, in ESLint's `suppressedMessages` shape. */
function suppressed(s: Suppression) {
  return {
    ruleId: s.ruleId,
    message: s.message,
    line: s.line,
    column: s.column,
    suppressions: [{ kind: 'directive', justification: s.reason, line: s.directiveLine }],
  };
}

export function jsonResult(r: FileResult) {
  return {
    filePath: r.filePath,
    messages: r.messages.map(message),
    suppressedMessages: r.suppressed.map(suppressed),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
    ...(r.output !== undefined ? { output: r.output } : {}),
  };
}

/** ESLint-compatible JSON: an array with one object per linted file. */
export const json: Formatter = (results) => JSON.stringify(results.map(jsonResult));
