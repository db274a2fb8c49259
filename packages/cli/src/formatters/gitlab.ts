import { createHash } from 'node:crypto';
import type { Diagnostic } from '@dunlint/core';
import type { Formatter } from '../types.js';
import { displayPath } from './shared.js';

/** GitLab's Code Quality severities, from least to most severe. */
export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/**
 * Our severities in GitLab's scale: an error is `major`, a warning `minor`, and a fatal problem
 * that no rule owns (a file that cannot be read or parsed) `blocker`, since nothing else in the
 * file could be checked.
 */
export function gitlabSeverity(m: Pick<Diagnostic, 'ruleId' | 'severity' | 'fatal'>): GitlabSeverity {
  if (m.fatal || m.ruleId === null) return 'blocker';
  return m.severity === 2 ? 'major' : 'minor';
}

/**
 * GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of issues with
 * `description`, `check_name`, `fingerprint`, `severity` and `location.{path, lines.begin}`, the
 * path relative to the working directory (the repository root in CI), with forward slashes.
 *
 * GitLab compares the fingerprints of the merge request's report with the target branch's to show
 * what is new and what was fixed, so a fingerprint must not change when lines are added above the
 * problem: it is a hash of the file, the rule and the text of the line (not its number). Problems
 * of the same rule on identical lines of one file are told apart by their order.
 */
export const gitlab: Formatter = (results, { cwd }) => {
  const issues = [];
  for (const file of results) {
    const path = displayPath(file.filePath, cwd);
    const lines = file.source?.split(/\r\n|\n|\r/);
    const seen = new Map<string, number>();
    for (const m of file.messages) {
      const check = m.ruleId ?? 'fatal';
      const lineText = (lines?.[m.line - 1] ?? m.message).trim();
      const key = `${path}\u0000${check}\u0000${lineText}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      issues.push({
        description: m.message,
        check_name: check,
        fingerprint: createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32),
        severity: gitlabSeverity(m),
        location: { path, lines: { begin: m.line } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
