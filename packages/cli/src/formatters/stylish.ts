import { createColors } from 'picocolors';
import type { Formatter } from '../types.js';
import { displayPath, plural, totals } from './shared.js';

/**
 * The default, human-readable report (ESLint's "stylish"): messages grouped by file, aligned
 * columns, a summary line, and a hint when `--fix` can repair some of them.
 */
export const stylish: Formatter = (results, { cwd, color }) => {
  const c = createColors(color);
  const out: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((m) => ({
      pos: `${m.line}:${m.column}`,
      sev: m.severity === 2 ? 'error' : 'warning',
      text: m.message.replace(/\s*\n\s*/g, ' '),
      rule: m.ruleId ?? '',
    }));
    const posWidth = Math.max(...rows.map((r) => r.pos.length));
    const sevWidth = Math.max(...rows.map((r) => r.sev.length));
    out.push(c.underline(displayPath(result.filePath, cwd)));
    for (const r of rows) {
      const sev = r.sev === 'error' ? c.red(r.sev.padEnd(sevWidth)) : c.yellow(r.sev.padEnd(sevWidth));
      out.push(`  ${c.dim(r.pos.padStart(posWidth))}  ${sev}  ${r.text}  ${c.dim(r.rule)}`.trimEnd());
    }
    out.push('');
  }
  const t = totals(results);
  const problems = t.errors + t.warnings;
  if (problems === 0) return '';
  const summary = `✖ ${plural(problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')})`;
  out.push(c.bold(t.errors > 0 ? c.red(summary) : c.yellow(summary)));
  if (t.fixableErrors + t.fixableWarnings > 0) {
    const fixable = `  ${plural(t.fixableErrors, 'error')} and ${plural(t.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`;
    out.push(c.bold(t.errors > 0 ? c.red(fixable) : c.yellow(fixable)));
  }
  return `${out.join('\n')}\n`;
};
