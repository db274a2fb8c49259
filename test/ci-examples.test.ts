/**
 * The CI integrations: the example workflows (docs/ci/*.yml), the pre-commit hook
 * (.pre-commit-hooks.yaml) and the commands of docs/ci.md parse, have the shape their CI system
 * expects, pin the CLI's version, and use only flags the CLI accepts (each dunlint command is run).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run, VALID, tempWorkspaces } from './cli-scenarios/helpers.js';

const repo = join(import.meta.dirname, '..');
const VERSION = JSON.parse(readFileSync(join(repo, 'packages/cli/package.json'), 'utf8')).version as string;
const read = (rel: string) => readFileSync(join(repo, rel), 'utf8');

const ws = tempWorkspaces();

/** The `dunlint …` commands in a text (after `npx --yes dunlint@x` or `dunlint`), as argument lists. */
function dunlintCommands(text: string): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(
    /(?:npx (?:--yes )?)?\bdunlint(@[\w.-]+)? ((?:check|init|rules|explain|render)\b[^\n`|&;#]*)/g,
  )) {
    if (m[1]) expect(m[1], m[0]).toBe(`@${VERSION}`);
    out.push(m[2]!.trim().split(/\s+/));
  }
  return out;
}

/** Runs a command in a workspace with one valid template: the CLI must accept every flag. */
async function accepts(args: string[]): Promise<void> {
  const dir = ws({ 'templates/t.md': VALID });
  const r = await run(dir, args);
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
}

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; 'continue-on-error'?: boolean };
type Job = { 'runs-on': string; steps: Step[]; permissions?: Record<string, string> };

describe('docs/ci/github-actions.yml', () => {
  const workflow = parse(read('docs/ci/github-actions.yml')) as {
    name: string;
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

  it('is a workflow: triggers on push and pull_request, every job has a runner and steps', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) {
      expect(job['runs-on']).toBe('ubuntu-latest');
      expect(job.steps.length).toBeGreaterThan(0);
      for (const step of job.steps) expect(Boolean(step.uses) !== Boolean(step.run)).toBe(true);
      expect(job.steps[0]!.uses).toMatch(/^actions\/checkout@v\d+$/);
      expect(job.steps[1]!.uses).toMatch(/^actions\/setup-node@v\d+$/);
      expect(Number(job.steps[1]!.with!['node-version'])).toBeGreaterThanOrEqual(20);
    }
  });

  it('uploads the SARIF file that dunlint writes, with the permission code scanning needs', () => {
    const job = Object.values(workflow.jobs).find((j) =>
      j.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')),
    )!;
    expect(job.permissions).toMatchObject({ 'security-events': 'write' });
    const lint = job.steps.find((s) => s.run?.includes('--format sarif'))!;
    const file = /(?:-o|--output-file) (\S+)/.exec(lint.run!)![1];
    expect(lint['continue-on-error']).toBe(true);
    const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with).toMatchObject({ sarif_file: file });
    expect(job.steps.indexOf(upload)).toBeGreaterThan(job.steps.indexOf(lint));
  });

  it('has a step that annotates pull requests with --format github', () => {
    expect(steps.some((s) => /dunlint@\S+ check --format github/.test(s.run ?? ''))).toBe(true);
  });

  it('runs only dunlint commands that the CLI accepts, with its version', async () => {
    const commands = steps.flatMap((s) => dunlintCommands(s.run ?? ''));
    expect(commands.length).toBe(2);
    for (const args of commands) await accepts(args);
  });
});

describe('docs/ci/gitlab-ci.yml', () => {
  const config = parse(read('docs/ci/gitlab-ci.yml')) as Record<
    string,
    { stage: string; image: string; script: string[]; artifacts: { when: string; reports: { codequality: string } } }
  >;

  it('declares the Code Quality report that dunlint writes, uploaded even when the job fails', () => {
    const job = config.dunlint!;
    expect(job.image).toMatch(/^node:\d+/);
    const command = job.script.find((l) => l.includes('--format gitlab'))!;
    const file = /(?:-o|--output-file) (\S+)/.exec(command)![1];
    expect(job.artifacts.reports.codequality).toBe(file);
    expect(job.artifacts.when).toBe('always');
  });

  it('runs only dunlint commands that the CLI accepts, with its version', async () => {
    const commands = config.dunlint!.script.flatMap((l) => dunlintCommands(l));
    expect(commands.length).toBe(1);
    for (const args of commands) await accepts(args);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(read('.pre-commit-hooks.yaml')) as Record<string, unknown>[];
  // pre-commit's manifest (https://pre-commit.com/#creating-new-hooks): required and optional keys.
  const REQUIRED = ['id', 'name', 'entry', 'language'];
  const OPTIONAL = [
    'alias',
    'files',
    'exclude',
    'types',
    'types_or',
    'exclude_types',
    'additional_dependencies',
    'args',
    'always_run',
    'fail_fast',
    'pass_filenames',
    'description',
    'language_version',
    'log_file',
    'require_serial',
    'stages',
    'verbose',
    'minimum_pre_commit_version',
  ];

  it('is a list with the dunlint hook, using only keys pre-commit knows', () => {
    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    for (const key of REQUIRED) expect(hook, key).toHaveProperty(key);
    for (const key of Object.keys(hook)) expect([...REQUIRED, ...OPTIONAL], key).toContain(key);
    expect(hook).toMatchObject({ id: 'dunlint', entry: 'dunlint check', language: 'node', types: ['markdown'] });
  });

  it('matches Markdown files, and installs the CLI of this version from npm', () => {
    const hook = hooks[0]!;
    const files = new RegExp(hook.files as string);
    expect(files.test('templates/pt/br-overdue-whatsapp.md')).toBe(true);
    expect(files.test('templates/.dunlintrc.yaml')).toBe(false);
    expect(hook.additional_dependencies).toEqual([`dunlint@${VERSION}`]);
    expect(hook.require_serial).toBe(true);
  });

  it('its entry is a command the CLI accepts, with file names after it', async () => {
    const args = (hooks[0]!.entry as string).split(' ').slice(1);
    await accepts([...args, 'templates/t.md']);
  });
});

describe('docs/ci.md', () => {
  const page = read('docs/ci.md');

  it('links the example files and the hook', () => {
    for (const link of ['](ci/github-actions.yml)', '](ci/gitlab-ci.yml)', '](../.pre-commit-hooks.yaml)']) {
      expect(page).toContain(link);
    }
  });

  it('documents every output format of dunlint check', async () => {
    const { formatterNames } = await import('../packages/cli/dist/formatters/index.js');
    for (const name of formatterNames) expect(page).toContain(`| \`${name}\``);
  });

  it('shows only commands the CLI accepts', async () => {
    const commands = dunlintCommands(page);
    expect(commands.length).toBeGreaterThanOrEqual(4);
    for (const args of commands) await accepts(args);
  });
});
