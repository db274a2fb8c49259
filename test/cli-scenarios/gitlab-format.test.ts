/**
 * `dunlint check --format gitlab`: a GitLab Code Quality report, checked against a JSON Schema
 * written from GitLab's documentation (test/schemas/gitlab-codequality.schema.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { builtinRules, type Diagnostic } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { gitlab } from '../../packages/cli/dist/formatters/gitlab.js';
import { run, VALID, tempWorkspaces } from './helpers.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../schemas/gitlab-codequality.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strictRequired: false }).compile(schema);

const ws = tempWorkspaces();

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

function report(stdout: string): Issue[] {
  const issues = JSON.parse(stdout) as Issue[];
  expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
  return issues;
}

// An unused variable (warning, line 16) and an undeclared placeholder (error) on two identical lines (23, 24).
const PROBLEMS = VALID.replace(
  '  pay_url: { type: url, sample: "https://pay.example/abc" }\n',
  '  pay_url: { type: url, sample: "https://pay.example/abc" }\n  spare: { type: string, sample: x }\n',
)
  .replace('consent: { basis: contract }\n', 'consent: { basis: contract }\nsms: { max_segments: 4 }\n')
  .replace(
    'Pay at {{pay_url}} or call {{contact.phone}}.\n',
    'Pay at {{pay_url}} or call {{contact.phone}}.\nRef {{account_ref}}.\nRef {{account_ref}}.\n',
  );

describe('dunlint check --format gitlab', () => {
  it('writes a valid report: relative posix paths, rule names, severities mapped, lines', async () => {
    const dir = ws({ 'templates/us/reminder.md': PROBLEMS });
    const r = await run(dir, ['check', '--format', 'gitlab']);
    expect(r.code).toBe(1);
    const issues = report(r.stdout);
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['placeholder-unused', 'minor', 'templates/us/reminder.md', 16],
      ['placeholder-undeclared', 'major', 'templates/us/reminder.md', 23],
      ['placeholder-undeclared', 'major', 'templates/us/reminder.md', 24],
    ]);
    expect(issues[1]!.description).toContain('account_ref');
    // Every fingerprint is unique, even for the same rule on identical lines.
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it('fingerprints do not change when lines are added above the problem', async () => {
    const before = report((await run(ws({ 't.md': PROBLEMS }), ['check', '--format', 'gitlab'])).stdout);
    const shifted = PROBLEMS.replace('---\nHi {{debtor_name}}', '---\nHello.\n\nHi {{debtor_name}}');
    const after = report((await run(ws({ 't.md': shifted }), ['check', '--format', 'gitlab'])).stdout);
    expect(after.map((i) => i.location.lines.begin)).toEqual(
      before.map((i) => i.location.lines.begin + (i.location.lines.begin > 20 ? 2 : 0)),
    );
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
  });

  it('fingerprints differ between files, rules and line texts', async () => {
    const dir = ws({ 'a.md': PROBLEMS, 'b.md': PROBLEMS.replace('id: t1', 'id: t2') });
    const issues = report((await run(dir, ['check', '--format', 'gitlab'])).stdout);
    expect(issues).toHaveLength(6);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(6);
  });

  it('is an empty array when there is nothing to report, and can be written to a file', async () => {
    const dir = ws({ 't.md': VALID });
    const r = await run(dir, ['check', '--format', 'gitlab', '-o', 'gl-code-quality-report.json']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(report(readFileSync(join(dir, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);
  });
});

describe('gitlab formatter', () => {
  const base: Diagnostic = {
    ruleId: 'no-legal-threat',
    severity: 2,
    message: 'A threat.',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 5,
    offset: 0,
    endOffset: 4,
  };
  const ctx = { cwd: '/repo', rules: builtinRules, color: false, version: '0.0.0' };
  const file = (messages: Diagnostic[], source?: string) => ({
    filePath: '/repo/t.md',
    messages,
    suppressed: [],
    errorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...(source !== undefined ? { source } : {}),
  });

  it('maps error → major, warning → minor, a fatal problem without a rule → blocker', () => {
    const issues = report(
      gitlab(
        [
          file([
            base,
            { ...base, severity: 1, ruleId: 'no-shouting' },
            { ...base, ruleId: null, fatal: true, message: 'Cannot parse.' },
          ]),
        ],
        ctx,
      ),
    );
    expect(issues.map((i) => [i.check_name, i.severity])).toEqual([
      ['no-legal-threat', 'major'],
      ['no-shouting', 'minor'],
      ['fatal', 'blocker'],
    ]);
  });

  it('hashes the line text, not the line number', () => {
    const a = report(gitlab([file([base], 'a\nb\nWe will sue you.\n')], ctx));
    const moved = report(gitlab([file([{ ...base, line: 5 }], 'x\ny\na\nb\nWe will sue you.\n')], ctx));
    const edited = report(gitlab([file([base], 'a\nb\nWe will sue you now.\n')], ctx));
    expect(moved[0]!.fingerprint).toBe(a[0]!.fingerprint);
    expect(edited[0]!.fingerprint).not.toBe(a[0]!.fingerprint);
    expect(a[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});
