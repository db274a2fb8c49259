/**
 * `dunlint init`: the non-interactive paths through the CLI, the questions through an injected
 * prompter, and where the template library comes from in an installed package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { libraryDir, runInit, type Prompter } from '../../packages/cli/dist/init.js';
import { run, tempWorkspaces } from './helpers.js';

const repo = join(import.meta.dirname, '../..');

const ws = tempWorkspaces();

/** Every Markdown file under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.md'))
    .sort();
}

function frontMatter(text: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
}

describe('dunlint init (flags, no questions)', () => {
  it('writes a commented configuration and starter templates that lint clean', async () => {
    const dir = ws();
    const r = await run(dir, ['init', '--jurisdiction', 'br-sp', '--language', 'pt', '--channels', 'whatsapp,sms']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    const config = readFileSync(join(dir, '.dunlintrc.yaml'), 'utf8');
    expect(config.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://cdn.jsdelivr.net/npm/@dunlint/core@0.1.0/schema/config.schema.json',
    );
    expect(parse(config)).toEqual({
      root: true,
      extends: ['recommended'],
      files: ['templates/**/*.md'],
      defaults: { jurisdiction: 'BR-SP', locale: 'pt-BR' },
    });
    expect(config).toContain('# The rule set to start from');

    const templates = readdirSync(join(dir, 'templates/pt')).sort();
    // One template per stage and a message to a third party, for each channel.
    expect(templates).toHaveLength(16);
    const fms = templates.map((f) => frontMatter(readFileSync(join(dir, 'templates/pt', f), 'utf8')));
    expect(new Set(fms.map((fm) => fm.id)).size).toBe(16);
    for (const fm of fms) {
      expect(fm).toMatchObject({ jurisdiction: 'BR-SP', locale: 'pt-BR' });
      expect(['whatsapp', 'sms']).toContain(fm.channel);
    }
    expect(fms.filter((fm) => fm.recipient === 'third-party')).toHaveLength(2);

    // The summary lists every file and says what to do next.
    for (const f of templates) expect(r.stdout).toContain(`templates/pt/${f}`);
    expect(r.stdout).toMatch(/created {2}\.dunlintrc\.yaml/);
    expect(r.stdout).toContain('Wrote the configuration and 16 templates.');
    expect(r.stdout).toContain('npx dunlint check');

    const check = await run(dir, ['check']);
    expect(check).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('copies the library templates that match the jurisdiction, language and channel as they are', async () => {
    const dir = ws();
    expect(
      (await run(dir, ['init', '--jurisdiction', 'BR-SP', '--language', 'pt', '--channels', 'whatsapp'])).code,
    ).toBe(0);
    const library = join(repo, 'templates/pt');
    const copied = readdirSync(join(dir, 'templates/pt')).filter((f) => existsSync(join(library, f)));
    expect(copied.length).toBeGreaterThan(0);
    for (const f of copied) {
      expect(readFileSync(join(dir, 'templates/pt', f), 'utf8')).toBe(readFileSync(join(library, f), 'utf8'));
    }
  });

  it('without flags and without a terminal, uses the defaults: generic, English, every channel', async () => {
    const dir = ws();
    const r = await run(dir, ['init']);
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(dir, '.dunlintrc.yaml'), 'utf8')).defaults).toEqual({
      jurisdiction: 'generic',
      locale: 'en',
    });
    const channels = readdirSync(join(dir, 'templates/en')).map(
      (f) => frontMatter(readFileSync(join(dir, 'templates/en', f), 'utf8')).channel,
    );
    expect(channels.sort()).toEqual([...Array(8).fill('email'), ...Array(8).fill('sms'), ...Array(8).fill('whatsapp')]);
    expect((await run(dir, ['check'])).code).toBe(0);
  });

  it('--yes and --dir: sets up another folder, creating it, with paths shown from the current one', async () => {
    const dir = ws();
    const r = await run(dir, ['init', '--yes', '--dir', 'collections', '--jurisdiction', 'PE', '--channels', 'sms']);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'collections/.dunlintrc.yaml'))).toBe(true);
    expect(readdirSync(join(dir, 'collections/templates/es'))).toHaveLength(8);
    expect(r.stdout).toContain('collections/templates/es/');
    expect(r.stdout).toContain('npx dunlint check collections');
    expect((await run(join(dir, 'collections'), ['check'])).code).toBe(0);
  });

  it.each([
    ['en', 'US-CA', 'email'],
    ['es', 'CO', 'whatsapp'],
    ['es', 'US-TX', 'sms'],
    ['pt', 'BR', 'email'],
  ])('%s %s %s: the templates lint clean under strict too', async (language, jurisdiction, channel) => {
    const dir = ws({ 'strict.yaml': 'extends: [strict]\n' });
    const r = await run(dir, ['init', '--language', language, '--jurisdiction', jurisdiction, '--channels', channel]);
    expect(r.code).toBe(0);
    const check = await run(dir, ['check', 'templates', '--config', 'strict.yaml', '--format', 'json']);
    const messages = JSON.parse(check.stdout).flatMap(
      (f: { filePath: string; messages: { ruleId: string; message: string }[] }) =>
        f.messages.map((m) => `${f.filePath}: ${m.ruleId} ${m.message}`),
    );
    expect(messages).toEqual([]);
    expect(check.code).toBe(0);
  });

  it('never overwrites a file: each one that exists is reported as skipped and left unchanged', async () => {
    const mine = '# my own configuration\nextends: [strict]\n';
    const dir = ws({ '.dunlintrc.yaml': mine });
    const first = await run(dir, ['init', '--jurisdiction', 'MX', '--channels', 'sms']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/skipped {2}\.dunlintrc\.yaml +already exists; left unchanged/);
    expect(readFileSync(join(dir, '.dunlintrc.yaml'), 'utf8')).toBe(mine);

    const one = readdirSync(join(dir, 'templates/es'))[0]!;
    writeFileSync(join(dir, 'templates/es', one), 'edited by the legal team\n');
    const second = await run(dir, ['init', '--jurisdiction', 'MX', '--channels', 'sms,whatsapp']);
    expect(second.code).toBe(0);
    expect(readFileSync(join(dir, 'templates/es', one), 'utf8')).toBe('edited by the legal team\n');
    expect(second.stdout).toContain(`skipped  templates/es/${one}`);
    expect(second.stdout).toContain('skipped 9 files that already existed');
    expect(second.stdout).toContain('Wrote 8 templates');
    expect(readdirSync(join(dir, 'templates/es'))).toHaveLength(16);
  });

  it.each([
    [['--jurisdiction', 'Brazil'], /--jurisdiction "Brazil" is not a jurisdiction code\. Did you mean "BR"\?/],
    [['--jurisdiction', 'perú'], /Did you mean "PE"\?/],
    [['--language', 'english'], /--language "english" is not a language .*Did you mean "en"\? Use en, es or pt\./],
    [['--language', 'fr'], /--language "fr" is not a language dunlint writes templates in\. Use en, es or pt\./],
    [['--channels', 'whatsap,sms'], /--channels: "whatsap" is not a channel\. Did you mean "whatsapp"\?/],
    [['--channels', ','], /--channels is empty/],
  ])('bad flag %j: exit 2 with a did-you-mean, nothing written', async (args, message) => {
    const dir = ws();
    const r = await run(dir, ['init', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^dunlint: /);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--dir naming a file is a usage error', async () => {
    const dir = ws({ 'notes.txt': 'x' });
    const r = await run(dir, ['init', '--dir', 'notes.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--dir "notes.txt" is a file, not a folder.');
  });

  it('accepts a locale or a name for the language, and a code without a profile of its own', async () => {
    const dir = ws();
    const r = await run(dir, ['init', '--language', 'es-AR', '--jurisdiction', 'ar-b', '--channels', 'e-mail']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('AR-B — Argentina (the AR profile)');
    expect(readdirSync(join(dir, 'templates/es'))).toHaveLength(8);
    expect((await run(dir, ['check'])).code).toBe(0);
  });
});

describe('dunlint init (questions)', () => {
  function prompter(answers: {
    jurisdiction?: string;
    other?: string;
    language?: 'en' | 'es' | 'pt';
    channels?: string[];
  }) {
    const asked: string[] = [];
    const p: Prompter = {
      async jurisdiction(choices, defaultValue) {
        asked.push('jurisdiction');
        expect(defaultValue).toBe('generic');
        expect(choices.map((c) => c.value)).toEqual(expect.arrayContaining(['BR-SP', 'US', 'generic', '__other__']));
        return answers.jurisdiction ?? defaultValue;
      },
      async otherJurisdiction(validate) {
        asked.push('other');
        expect(validate('Brazil')).toMatch(/Did you mean "BR"/);
        expect(validate('US-TX')).toBe(true);
        return answers.other!;
      },
      async language(choices, defaultValue) {
        asked.push(`language (default ${defaultValue})`);
        expect(choices.map((c) => c.value)).toEqual(['en', 'es', 'pt']);
        return answers.language ?? defaultValue;
      },
      async channels(choices) {
        asked.push('channels');
        expect(choices.every((c) => c.checked)).toBe(true);
        return (answers.channels ?? choices.map((c) => c.value)) as never;
      },
    };
    return { p, asked };
  }

  it('asks for what the flags do not give, with the jurisdiction’s language as the default', async () => {
    const dir = ws();
    const { p, asked } = prompter({ jurisdiction: 'CO', channels: ['sms'] });
    let out = '';
    const code = await runInit({}, { stdout: (t) => void (out += t), cwd: dir, interactive: true }, p);
    expect(code).toBe(0);
    expect(asked).toEqual(['jurisdiction', 'language (default es)', 'channels']);
    expect(readdirSync(join(dir, 'templates/es'))).toHaveLength(8);
    expect(out).toContain('CO — Colombia; Spanish; SMS');
  });

  it('asks only what is missing, and takes a typed code for another country or state', async () => {
    const dir = ws();
    const { p, asked } = prompter({ jurisdiction: '__other__', other: 'us-tx' });
    const code = await runInit(
      { language: 'en', channels: 'email' },
      { stdout: () => undefined, cwd: dir, interactive: true },
      p,
    );
    expect(code).toBe(0);
    expect(asked).toEqual(['jurisdiction', 'other']);
    expect(parse(readFileSync(join(dir, '.dunlintrc.yaml'), 'utf8')).defaults.jurisdiction).toBe('US-TX');
  });

  it('--yes asks nothing, even on a terminal', async () => {
    const dir = ws();
    const { p, asked } = prompter({});
    expect(
      await runInit({ yes: true, channels: 'sms' }, { stdout: () => undefined, cwd: dir, interactive: true }, p),
    ).toBe(0);
    expect(asked).toEqual([]);
  });

  it('a cancelled question writes nothing', async () => {
    const dir = ws();
    const cancel: Prompter = {
      jurisdiction: async () => {
        throw Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
      },
      otherJurisdiction: async () => '',
      language: async () => 'en',
      channels: async () => [],
    };
    await expect(runInit({}, { stdout: () => undefined, cwd: dir, interactive: true }, cancel)).rejects.toThrow(
      'init cancelled; nothing was written.',
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the template library in an installed package', () => {
  it('is the repository’s templates/ during development', () => {
    expect(libraryDir()).toBe(join(repo, 'templates'));
  });

  it('is the package’s own templates/ when it ships one, and never a folder of the user’s project', () => {
    const dir = ws({
      'package.json': JSON.stringify({ name: 'my-project' }),
      'templates/en/mine.md': 'not part of dunlint',
      'node_modules/dunlint/package.json': JSON.stringify({ name: 'dunlint' }),
      'node_modules/dunlint/dist/bundle/dunlint.js': '',
    });
    const from = join(dir, 'node_modules/dunlint/dist/bundle');
    expect(libraryDir(from)).toBeUndefined();
    mkdirSync(join(dir, 'node_modules/dunlint/templates/en'), { recursive: true });
    expect(libraryDir(from)).toBe(join(dir, 'node_modules/dunlint/templates'));
  });

  it('scripts/pack-templates.mjs copies the library (and only templates) for the package; package.json ships it', () => {
    const out = join(ws(), 'templates');
    const r = spawnSync(process.execPath, [join(repo, 'scripts/pack-templates.mjs'), '--out', out], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const copied = tree(out);
    const library = tree(join(repo, 'templates')).filter((f) => /^(en|es|pt)\//.test(f));
    expect(copied).toEqual(library);
    expect(copied.length).toBeGreaterThan(0);
    const pkg = JSON.parse(readFileSync(join(repo, 'packages/cli/package.json'), 'utf8'));
    expect(pkg.files).toContain('templates');
    expect(pkg.scripts.prepack).toContain('pack-templates.mjs');
    expect(pkg.scripts.postpack).toContain('pack-templates.mjs --clean');
  });
});
