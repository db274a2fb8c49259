/**
 * Generated artefacts (JSON Schemas, rule docs, configuration reference) are committed; these tests
 * fail when they drift from their sources, and check that the drift check itself really fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules, configSchema, templateSchema } from '@dunlint/core';
import { afterEach, describe, expect, it } from 'vitest';
import { runRuleExamples } from '../packages/cli/dist/rule-docs.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const script = join(repo, 'scripts/generate.mjs');

function generate(args: string[], root?: string): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DUNLINT_GENERATE_ROOT;
  if (root) env.DUNLINT_GENERATE_ROOT = root;
  const r = spawnSync(process.execPath, [script, ...args], { cwd: repo, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary root holding a copy of the committed generated files. */
function copyOfGenerated(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dunlint-generate-'));
  temps.push(dir);
  cpSync(join(repo, 'docs'), join(dir, 'docs'), { recursive: true });
  cpSync(join(repo, 'packages/core/schema'), join(dir, 'packages/core/schema'), { recursive: true });
  cpSync(join(repo, 'templates'), join(dir, 'templates'), { recursive: true }); // templates/README.md is generated from them
  return dir;
}

const anyRule = [...builtinRules.keys()][0]!;

describe('generated files', () => {
  it('are up to date (node scripts/generate.mjs --check exits 0)', () => {
    const r = generate(['--check']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the check reports a stale rule page, a stale schema, a missing page and an extra page', () => {
    const root = copyOfGenerated();
    const clean = generate(['--check'], root);
    expect(clean.stderr).not.toMatch(/missing|stale|extra/);

    const page = join(root, `docs/rules/${anyRule}.md`);
    writeFileSync(page, readFileSync(page, 'utf8').replace('## Why', '## Why (edited by hand)'));
    const schema = join(root, 'packages/core/schema/config.schema.json');
    writeFileSync(schema, readFileSync(schema, 'utf8').trimEnd()); // even a lost trailing newline is drift
    rmSync(join(root, 'docs/rules/README.md'));
    writeFileSync(join(root, 'docs/rules/no-such-rule.md'), '# no-such-rule\n');

    const r = generate(['--check'], root);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`stale    docs/rules/${anyRule}.md`);
    expect(r.stderr).toContain('stale    packages/core/schema/config.schema.json');
    expect(r.stderr).toContain('missing  docs/rules/README.md');
    expect(r.stderr).toContain('extra    docs/rules/no-such-rule.md');
    expect(r.stderr).toContain('run npm run generate');
    // --check writes nothing.
    expect(existsSync(join(root, 'docs/rules/README.md'))).toBe(false);
    expect(existsSync(join(root, 'docs/rules/no-such-rule.md'))).toBe(true);
  });

  it('generate rewrites what the check reported and removes pages that no rule has', () => {
    const root = copyOfGenerated();
    rmSync(join(root, 'docs/configuration.md'));
    writeFileSync(join(root, 'docs/rules/old-rule-name.md'), '# old-rule-name\n');
    const write = generate([], root);
    expect(write.stdout).toContain('wrote    docs/configuration.md');
    expect(write.stdout).toContain('removed  docs/rules/old-rule-name.md');
    const after = generate(['--check'], root);
    expect(after.stderr).not.toMatch(/missing|stale|extra/);
    expect(readFileSync(join(root, 'docs/configuration.md'), 'utf8')).toBe(
      readFileSync(join(repo, 'docs/configuration.md'), 'utf8'),
    );
  });

  it('the JSON Schemas are the schema objects, 2-space JSON with a trailing newline', () => {
    for (const [file, schema] of [
      ['template.schema.json', templateSchema],
      ['config.schema.json', configSchema],
    ] as const) {
      const text = readFileSync(join(repo, 'packages/core/schema', file), 'utf8');
      expect(text).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    }
  });
});

describe('rule pages', () => {
  it.each([...builtinRules.keys()])('%s: docs.url names docs/rules/<id>.md, which exists', (id) => {
    const rule = builtinRules.get(id)!;
    expect(rule.meta.docs.url.endsWith(`docs/rules/${id}.md`)).toBe(true);
    expect(existsSync(join(repo, 'docs/rules', `${id}.md`))).toBe(true);
  });

  it.each([...builtinRules.keys()])('%s: the page states its legal basis', (id) => {
    const rule = builtinRules.get(id)!;
    const page = readFileSync(join(repo, 'docs/rules', `${id}.md`), 'utf8');
    expect(page).toContain('## Legal basis');
    const legal = page.slice(page.indexOf('## Legal basis'), page.indexOf('## Examples'));
    if (rule.meta.legal?.length) {
      for (const basis of rule.meta.legal) {
        expect(legal).toContain(basis.law.replace(/\|/g, '\\|'));
        for (const source of basis.sources ?? []) expect(legal).toContain(source);
        for (const j of basis.jurisdictions ?? []) if (j !== '*') expect(legal).toContain(j);
      }
    } else {
      expect(legal).toContain('structural and quality rule');
    }
  });

  it.each([...builtinRules.keys()])(
    '%s: examples behave as documented (invalid ones are reported, valid ones are not)',
    (id) => {
      const runs = runRuleExamples(builtinRules.get(id)!);
      const page = readFileSync(join(repo, 'docs/rules', `${id}.md`), 'utf8');
      for (const run of runs) {
        if (run.kind === 'invalid') {
          expect(run.diagnostics.length, `invalid example not reported:\n${run.text}`).toBeGreaterThan(0);
          for (const d of run.diagnostics) expect(page).toContain(`${d.line}:${d.column}  `);
        } else {
          expect(
            run.diagnostics.map((d) => d.message),
            `valid example reported:\n${run.text}`,
          ).toEqual([]);
        }
        expect(page).toContain(run.text);
      }
    },
  );
});

describe('index and configuration reference', () => {
  it('the index links every rule', () => {
    const index = readFileSync(join(repo, 'docs/rules/README.md'), 'utf8');
    for (const id of builtinRules.keys()) expect(index).toContain(`](${id}.md)`);
  });

  it('the configuration reference documents every top-level key', () => {
    const doc = readFileSync(join(repo, 'docs/configuration.md'), 'utf8');
    for (const key of Object.keys(configSchema.properties)) expect(doc).toContain(`### \`${key}\``);
  });
});
