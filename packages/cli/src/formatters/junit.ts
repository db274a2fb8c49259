import type { Formatter } from '../types.js';
import { displayPath } from './shared.js';

function xml(text: string): string {
  return (
    text
      // XML 1.0 has no way to write most control characters: drop them.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/**
 * JUnit XML for CI dashboards: one test suite per file, one failing test case per message
 * (errors as `<failure>`, warnings too, flagged by `type`), a passing case for a clean file.
 */
export const junit: Formatter = (results, { cwd }) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites name="dunlint">'];
  for (const file of results) {
    const path = displayPath(file.filePath, cwd);
    const count = Math.max(file.messages.length, 1);
    out.push(
      `  <testsuite name="${xml(path)}" package="dunlint" tests="${count}" failures="${file.errorCount + file.warningCount}" errors="0" time="0">`,
    );
    if (file.messages.length === 0) out.push(`    <testcase name="dunlint" classname="${xml(path)}" time="0" />`);
    for (const m of file.messages) {
      const kind = m.severity === 2 ? 'error' : 'warning';
      out.push(
        `    <testcase name="${xml(`${m.ruleId ?? 'fatal'} ${m.line}:${m.column}`)}" classname="${xml(path)}" time="0">`,
      );
      out.push(
        `      <failure message="${xml(m.message)}" type="${kind}">${xml(`${kind} ${path}:${m.line}:${m.column} ${m.message} (${m.ruleId ?? 'fatal'})`)}</failure>`,
      );
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
