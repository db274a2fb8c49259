import type { Formatter } from '../types.js';
import { displayPath, plural, totals } from './shared.js';

/** Escaping of GitHub Actions workflow commands (actions/toolkit's `escapeData`/`escapeProperty`). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: each message becomes an annotation on the pull request. */
export const github: Formatter = (results, { cwd }) => {
  const out: string[] = [];
  for (const file of results) {
    const path = displayPath(file.filePath, cwd);
    for (const m of file.messages) {
      const command = m.severity === 2 ? 'error' : 'warning';
      const props = [
        `file=${escapeProperty(path)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`dunlint (${m.ruleId ?? 'fatal'})`)}`,
      ];
      out.push(`::${command} ${props.join(',')}::${escapeData(m.message)}`);
    }
  }
  const t = totals(results);
  if (t.errors + t.warnings === 0) return '';
  out.push(
    `dunlint: ${plural(t.errors + t.warnings, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')})`,
  );
  return `${out.join('\n')}\n`;
};
