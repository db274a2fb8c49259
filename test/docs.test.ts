/**
 * The documentation under docs/: every rule's docs URL and every link resolves to a file (and a
 * heading, for links with an anchor); rule pages have examples in each language the rule reads;
 * one generated page per jurisdiction profile, drift-checked with the rest (scripts/generate.mjs).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules, profileCodes, profileFor } from '@dunlint/core';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPO_URL = 'https://github.com/dunlint/dunlint/blob/main/';

function markdownFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, f))
    .sort();
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Link targets of a Markdown file, outside code blocks and inline code. */
function links(file: string): string[] {
  const text = readFileSync(file, 'utf8')
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
    .replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

/** Why a link does not resolve, or undefined when it does. */
function brokenLink(from: string, target: string): string | undefined {
  let path = target;
  if (target.startsWith(REPO_URL)) path = join(repo, target.slice(REPO_URL.length));
  else if (/^[a-z]+:/i.test(target)) return undefined; // another site
  const [file, anchor] = path.split('#') as [string, string | undefined];
  const abs = target.startsWith(REPO_URL) ? file : file === '' ? from : resolve(dirname(from), decodeURI(file));
  if (!existsSync(abs)) return `${target}: no such file`;
  if (anchor && abs.endsWith('.md') && !anchors(abs).has(anchor)) return `${target}: no heading #${anchor}`;
  return undefined;
}

const docs = [...markdownFiles(join(repo, 'docs')), join(repo, 'templates/README.md')];

describe('links', () => {
  it.each([...builtinRules.keys()])('%s: meta.docs.url is a page of docs/', (id) => {
    const url = builtinRules.get(id)!.meta.docs.url;
    expect(url.startsWith(REPO_URL)).toBe(true);
    expect(existsSync(join(repo, url.slice(REPO_URL.length))), url).toBe(true);
  });

  it.each(docs.map((f) => relative(repo, f)))('%s: every link resolves', (rel) => {
    const file = join(repo, rel);
    const broken = links(file)
      .map((t) => brokenLink(file, t))
      .filter(Boolean);
    expect(broken).toEqual([]);
  });

  it('the link check finds a missing file and a missing heading', () => {
    const from = join(repo, 'docs/ci.md');
    expect(brokenLink(from, 'rules/no-such-rule.md')).toMatch(/no such file/);
    expect(brokenLink(from, 'configuration.md#no-such-heading')).toMatch(/no heading/);
    expect(brokenLink(from, 'configuration.md#extends-what-may-be-extended')).toBeUndefined();
    expect(brokenLink(from, `${REPO_URL}docs/nothing.md`)).toMatch(/no such file/);
  });
});

describe('rule pages', () => {
  const NAMES = { en: 'English (en)', es: 'Spanish (es)', pt: 'Portuguese (pt)' } as const;
  it.each([...builtinRules.keys()])('%s: examples in every language the rule reads, and a legal basis', (id) => {
    const rule = builtinRules.get(id)!;
    const page = readFileSync(join(repo, 'docs/rules', `${id}.md`), 'utf8');
    expect(page).toContain('## Legal basis');
    expect(page).toContain('### Reported');
    const examples = page.slice(page.indexOf('## Examples'), page.indexOf('## Options'));
    if (rule.meta.languages === 'all') {
      expect(examples).toContain('it works the same in English, Spanish and Portuguese');
    } else {
      for (const language of rule.meta.languages) expect(examples).toContain(`### ${NAMES[language]}`);
    }
    for (const basis of rule.meta.legal ?? []) {
      for (const key of basis.sources ?? [])
        expect(page).toContain(`[${key}](../legal-sources.md#${key.toLowerCase()})`);
    }
  });
});

describe('jurisdiction pages', () => {
  it('one page per profile, and an index that links them', () => {
    const pages = readdirSync(join(repo, 'docs/jurisdictions')).sort();
    expect(pages).toEqual([...profileCodes().map((c) => `${c}.md`), 'README.md'].sort());
    const index = readFileSync(join(repo, 'docs/jurisdictions/README.md'), 'utf8');
    for (const code of profileCodes()) expect(index).toContain(`](${code}.md)`);
    expect(readFileSync(join(repo, 'docs/jurisdictions.md'), 'utf8')).toContain('](jurisdictions/README.md)');
  });

  it.each(profileCodes())('%s: hours, identifiers, statements, severity changes and sources of the profile', (code) => {
    const profile = profileFor(code);
    const page = readFileSync(join(repo, 'docs/jurisdictions', `${code}.md`), 'utf8');
    expect(page.split('\n')[0]).toBe(`# ${code} — ${profile.name}`);
    if (profile.hours) {
      expect(page).toContain(`Law: ${profile.hours.law}.`);
      for (const [day, [start, end]] of Object.entries(profile.hours.days)) {
        const name = {
          mon: 'Monday',
          tue: 'Tuesday',
          wed: 'Wednesday',
          thu: 'Thursday',
          fri: 'Friday',
          sat: 'Saturday',
          sun: 'Sunday',
        }[day];
        expect(page).toContain(`| ${name} | ${start}–${end} |`);
      }
      if (profile.hours.guidance) expect(page).toContain('as a **warning**');
    } else {
      expect(page).toContain('No legal contact hours are set');
    }
    for (const identifier of Object.values(profile.identifiers)) expect(page).toContain(identifier.label);
    for (const s of profile.statements) expect(page).toContain(`[\`${s.rule}\`](../rules/${s.rule}.md)`);
    for (const [rule, severity] of Object.entries(profile.severity))
      expect(page).toContain(`| [\`${rule}\`](../rules/${rule}.md) | \`${severity}\``);
    for (const parent of profile.chain.slice(1)) expect(page).toContain(`[\`${parent}\`](${parent}.md)`);
    const cited = [
      ...(profile.hours?.sources ?? []),
      ...Object.values(profile.identifiers).flatMap((i) => i.sources ?? []),
      ...profile.statements.flatMap((s) => s.sources ?? []),
    ];
    for (const key of cited) expect(page).toContain(`- [${key}](../legal-sources.md#${key.toLowerCase()})`);
  });

  it('every source a rule or a profile cites is in docs/legal-sources.yaml, with its page heading', () => {
    const sources = parse(readFileSync(join(repo, 'docs/legal-sources.yaml'), 'utf8')) as Record<string, unknown>;
    const page = anchors(join(repo, 'docs/legal-sources.md'));
    const cited = new Set<string>();
    for (const rule of builtinRules.values())
      for (const b of rule.meta.legal ?? []) for (const s of b.sources ?? []) cited.add(s);
    for (const code of profileCodes()) for (const s of profileFor(code).hours?.sources ?? []) cited.add(s);
    for (const key of cited) {
      expect(sources, key).toHaveProperty(key);
      expect(page.has(key.toLowerCase()), key).toBe(true);
    }
  });
});

describe('the drift check covers the new pages', () => {
  const script = join(repo, 'scripts/generate.mjs');
  const temps: string[] = [];
  afterEach(() => {
    for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function generate(args: string[], root: string) {
    const env: NodeJS.ProcessEnv = { ...process.env, DUNLINT_GENERATE_ROOT: root };
    const r = spawnSync(process.execPath, [script, ...args], { cwd: repo, env, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  // Three runs of the generator: allow for a busy machine.
  it(
    'reports a stale or extra jurisdiction page, a stale schemas page and a stale templates index',
    { timeout: 180_000 },
    () => {
      const root = mkdtempSync(join(tmpdir(), 'dunlint-docs-'));
      temps.push(root);
      for (const dir of ['docs', 'packages/core/schema', 'templates']) {
        cpSync(join(repo, dir), join(root, dir), { recursive: true });
      }
      generate([], root); // the copy is up to date even while the repository's templates change

      const page = join(root, 'docs/jurisdictions/PE.md');
      writeFileSync(page, readFileSync(page, 'utf8').replace('07:00–20:00', '06:00–22:00'));
      writeFileSync(join(root, 'docs/jurisdictions/XX.md'), '# XX\n');
      writeFileSync(join(root, 'docs/schemas.md'), '# edited\n');
      const index = join(root, 'templates/README.md');
      writeFileSync(index, readFileSync(index, 'utf8').replace('| debtor |', '| someone |'));
      const r = generate(['--check'], root);
      expect(r.status).toBe(1);
      expect(r.stderr.split('\n').filter((l) => /^ {2}(missing|stale|extra) /.test(l))).toEqual([
        '  stale    docs/schemas.md',
        '  stale    docs/jurisdictions/PE.md',
        '  stale    templates/README.md',
        '  extra    docs/jurisdictions/XX.md (no rule or profile has this name)',
      ]);

      const write = generate([], root);
      expect(write.stdout).toContain('removed  docs/jurisdictions/XX.md');
      expect(readFileSync(page, 'utf8')).toContain('| Monday | 07:00–20:00 |');
    },
  );
});
