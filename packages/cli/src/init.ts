/**
 * `dunlint init`: sets a project up — a commented `.dunlintrc.yaml` and starter templates for the
 * chosen jurisdiction, language and channels. It asks (only when both stdin and stdout are
 * terminals) or takes flags; it never overwrites a file (each one that exists is reported as
 * skipped).
 *
 * Templates come from the dunlint library (templates/ in the repository, shipped in the CLI package
 * as templates/ by `npm pack`, see scripts/pack-templates.mjs) when it has one for the jurisdiction,
 * channel and stage; the other slots are filled with `starterTemplate()` from the core.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHANNELS,
  didYouMean,
  languageOf,
  parseTemplate,
  profileCodes,
  profileFor,
  STAGES,
  starterJurisdictions,
  starterTemplate,
  VERSION,
} from '@dunlint/core';
import { UsageError } from './errors.js';
import { displayPath, toPosix } from './paths.js';
import { schemaUrl } from './schema-urls.js';

export type InitLanguage = 'en' | 'es' | 'pt';
export type InitChannel = (typeof CHANNELS)[number];

export interface InitFlags {
  dir?: string;
  jurisdiction?: string;
  language?: string;
  channels?: string;
  yes?: boolean;
}

export interface InitIo {
  stdout: (text: string) => void;
  cwd: string;
  /** Whether to ask: both stdin and stdout are terminals. */
  interactive: boolean;
}

export interface Choice<T extends string> {
  value: T;
  name: string;
}

/** The questions `dunlint init` asks; injected so that tests can answer them. */
export interface Prompter {
  jurisdiction(choices: Choice<string>[], defaultValue: string): Promise<string>;
  otherJurisdiction(validate: (value: string) => true | string): Promise<string>;
  language(choices: Choice<InitLanguage>[], defaultValue: InitLanguage): Promise<InitLanguage>;
  channels(choices: (Choice<InitChannel> & { checked: boolean })[]): Promise<InitChannel[]>;
}

const LANGUAGES: readonly InitLanguage[] = ['en', 'es', 'pt'];
const LANGUAGE_NAMES: Record<InitLanguage, string[]> = {
  en: ['English', 'inglés', 'inglês'],
  es: ['Spanish', 'español', 'espanhol'],
  pt: ['Portuguese', 'português', 'portugués'],
};
const CHANNEL_NAMES: Record<InitChannel, string> = { whatsapp: 'WhatsApp', sms: 'SMS', email: 'e-mail' };
const JURISDICTION = /^([A-Z]{2}(-[A-Z0-9]{1,3})?|generic)$/;
const OTHER = '__other__';
const DOCS = 'https://github.com/dunlint/dunlint/blob/main/docs';

/** The questions, asked with @inquirer/prompts (loaded only when a question is asked). */
export const inquirerPrompter: Prompter = {
  async jurisdiction(choices, defaultValue) {
    const { select } = await import('@inquirer/prompts');
    return select({
      message: 'Where do the debtors live (jurisdiction)?',
      choices,
      default: defaultValue,
      pageSize: 15,
    });
  },
  async otherJurisdiction(validate) {
    const { input } = await import('@inquirer/prompts');
    return input({
      message: 'Jurisdiction code (a country code such as FR, optionally with a subdivision such as US-TX):',
      validate,
    });
  },
  async language(choices, defaultValue) {
    const { select } = await import('@inquirer/prompts');
    return select({ message: 'Language of the messages?', choices, default: defaultValue });
  },
  async channels(choices) {
    const { checkbox } = await import('@inquirer/prompts');
    return checkbox({ message: 'Channels (space to toggle, enter to confirm)?', choices, required: true });
  },
};

/** A jurisdiction flag as a code: `br-sp` → `BR-SP`; a country's name → its code; else a did-you-mean error. */
export function parseJurisdiction(value: string): string {
  const trimmed = value.trim();
  const code = trimmed.toLowerCase() === 'generic' ? 'generic' : trimmed.toUpperCase();
  if (JURISDICTION.test(code)) return code;
  const names = new Map<string, string>();
  for (const c of profileCodes()) {
    names.set(c.toLowerCase(), c);
    names.set(profileFor(c).name.toLowerCase(), c);
  }
  const guess = didYouMean(trimmed.toLowerCase(), [...names.keys()]);
  const suggestion = guess ? ` Did you mean "${names.get(guess)}"?` : '';
  throw new UsageError(
    `--jurisdiction "${value}" is not a jurisdiction code.${suggestion} Use a country code with an optional subdivision ("BR", "BR-SP", "US-TX") or "generic"; profiles: ${profileCodes().join(', ')}.`,
  );
}

export function parseLanguage(value: string): InitLanguage {
  const v = value.trim().toLowerCase();
  // "pt" or a locale such as "pt-BR".
  const tag = /^([a-z]{2})(-[a-z0-9]{2,8})*$/.exec(v)?.[1];
  if (tag && (LANGUAGES as readonly string[]).includes(tag)) return tag as InitLanguage;
  const names = new Map<string, InitLanguage>();
  for (const l of LANGUAGES) for (const n of [l, ...LANGUAGE_NAMES[l]]) names.set(n.toLowerCase(), l);
  const exact = names.get(v);
  const guess = exact ? undefined : didYouMean(v, [...names.keys()]);
  const suggestion = exact ?? (guess ? names.get(guess) : undefined);
  throw new UsageError(
    `--language "${value}" is not a language dunlint writes templates in.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use en, es or pt.`,
  );
}

export function parseChannels(value: string): InitChannel[] {
  const items = value
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (items.length === 0)
    throw new UsageError('--channels is empty. Use a comma-separated list of whatsapp, sms, email.');
  const out: InitChannel[] = [];
  for (const item of items) {
    const channel = item === 'e-mail' ? 'email' : item;
    if (!(CHANNELS as readonly string[]).includes(channel)) {
      const guess = didYouMean(channel, [...CHANNELS]);
      throw new UsageError(
        `--channels: "${item}" is not a channel.${guess ? ` Did you mean "${guess}"?` : ''} Use a comma-separated list of whatsapp, sms, email.`,
      );
    }
    if (!out.includes(channel as InitChannel)) out.push(channel as InitChannel);
  }
  return out;
}

/** The language a jurisdiction's starters are written in first (its own, else its country's; English otherwise). */
export function primaryLanguage(code: string): InitLanguage {
  const byLanguage = starterJurisdictions();
  const country = code === 'generic' ? 'generic' : code.slice(0, 2);
  for (const candidate of [code, country]) {
    const found = LANGUAGES.find((l) => byLanguage[l].includes(candidate));
    if (found) return found;
  }
  return 'en';
}

function jurisdictionChoices(): Choice<string>[] {
  const codes = profileCodes().filter((c) => c !== 'generic');
  return [
    ...codes.map((c) => ({ value: c, name: `${c} — ${profileFor(c).name}` })),
    { value: 'generic', name: `generic — ${profileFor('generic').name}` },
    { value: OTHER, name: 'Another country or state (type its code)…' },
  ];
}

interface Choices {
  jurisdiction: string;
  language: InitLanguage;
  channels: InitChannel[];
}

async function choose(flags: InitFlags, io: InitIo, prompter: Prompter): Promise<Choices> {
  const ask = io.interactive && !flags.yes;
  let jurisdiction = flags.jurisdiction !== undefined ? parseJurisdiction(flags.jurisdiction) : undefined;
  const language = flags.language !== undefined ? parseLanguage(flags.language) : undefined;
  const channels = flags.channels !== undefined ? parseChannels(flags.channels) : undefined;
  if (!ask) {
    jurisdiction ??= 'generic';
    return { jurisdiction, language: language ?? primaryLanguage(jurisdiction), channels: channels ?? [...CHANNELS] };
  }
  if (jurisdiction === undefined) {
    const picked = await prompter.jurisdiction(jurisdictionChoices(), 'generic');
    jurisdiction =
      picked === OTHER
        ? parseJurisdiction(
            await prompter.otherJurisdiction((v) => {
              try {
                parseJurisdiction(v);
                return true;
              } catch (error) {
                return (error as Error).message.replace(/^--jurisdiction /, '');
              }
            }),
          )
        : picked;
  }
  const chosenLanguage =
    language ??
    (await prompter.language(
      LANGUAGES.map((l) => ({ value: l, name: `${LANGUAGE_NAMES[l][0]} (${l})` })),
      primaryLanguage(jurisdiction),
    ));
  const chosenChannels =
    channels ?? (await prompter.channels(CHANNELS.map((c) => ({ value: c, name: CHANNEL_NAMES[c], checked: true }))));
  if (chosenChannels.length === 0) throw new UsageError('choose at least one channel.');
  return { jurisdiction, language: chosenLanguage, channels: chosenChannels };
}

/** The folder of the template library: shipped in the package, or the repository's during development. */
export function libraryDir(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  // The CLI package root is the nearest folder whose package.json is named "dunlint" (dist/ or dist/bundle/ below it).
  let dir = from;
  for (let i = 0; i < 5; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && readJson(pkg)?.name === 'dunlint') break;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  const shipped = join(dir, 'templates');
  if (existsSync(shipped)) return shipped;
  const repoRoot = join(dir, '..', '..');
  if (
    readJson(join(repoRoot, 'package.json'))?.name === 'dunlint-monorepo' &&
    existsSync(join(repoRoot, 'templates'))
  ) {
    return join(repoRoot, 'templates');
  }
  return undefined;
}

function readJson(path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

interface LibraryTemplate {
  file: string;
  name: string;
  text: string;
  id: string;
  language: string | undefined;
  jurisdiction: string;
  channel: string;
  stage: string;
  recipient: string;
}

function libraryTemplates(dir: string | undefined): LibraryTemplate[] {
  if (!dir) return [];
  const out: LibraryTemplate[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const abs = join(d, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.name.endsWith('.md') && entry.name !== 'README.md') {
        const text = readFileSync(abs, 'utf8');
        const data = parseTemplate(text).frontMatter?.data;
        if (!data) continue;
        const str = (v: unknown): string => (typeof v === 'string' ? v : '');
        out.push({
          file: abs,
          name: entry.name,
          text,
          id: str(data.id),
          language: languageOf(data.locale),
          jurisdiction:
            str(data.jurisdiction).toUpperCase() === 'GENERIC' ? 'generic' : str(data.jurisdiction).toUpperCase(),
          channel: str(data.channel),
          stage: str(data.stage),
          recipient: str(data.recipient) || 'debtor',
        });
      }
    }
  };
  walk(dir);
  return out;
}

interface Planned {
  /** Path relative to the project folder (posix). */
  path: string;
  text: string;
  origin: 'library' | 'generated' | 'config';
}

/** The templates to write: one per channel and stage, and one message to a third party per channel. */
function planTemplates(c: Choices, library: LibraryTemplate[]): Planned[] {
  const out: Planned[] = [];
  const ids = new Set<string>();
  const slug = c.jurisdiction.toLowerCase();
  for (const channel of c.channels) {
    const slots = [
      ...STAGES.map((stage) => ({ stage, recipient: 'debtor' as const })),
      { stage: 'overdue' as const, recipient: 'third-party' as const },
    ];
    for (const slot of slots) {
      const match = library.find(
        (t) =>
          t.language === c.language &&
          t.jurisdiction === c.jurisdiction &&
          t.channel === channel &&
          t.recipient === slot.recipient &&
          (slot.recipient === 'third-party' || t.stage === slot.stage) &&
          !ids.has(t.id),
      );
      if (match) {
        ids.add(match.id);
        out.push({ path: `templates/${c.language}/${match.name}`, text: match.text, origin: 'library' });
        continue;
      }
      const base =
        slot.recipient === 'third-party' ? `${slug}-third-party-${channel}` : `${slug}-${slot.stage}-${channel}`;
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
      ids.add(id);
      out.push({
        path: `templates/${c.language}/${id}.md`,
        text: starterTemplate({
          language: c.language,
          jurisdiction: c.jurisdiction,
          channel,
          stage: slot.stage,
          recipient: slot.recipient,
          id,
        }),
        origin: 'generated',
      });
    }
  }
  return out;
}

/** The commented configuration file; `locale` is the one of the templates written with it. */
export function configText(c: Choices, locale: string, version = VERSION): string {
  const profile = profileFor(c.jurisdiction);
  return [
    `# yaml-language-server: $schema=${schemaUrl('config', version)}`,
    '#',
    '# dunlint configuration, written by `dunlint init`. Every key is explained in',
    `# ${DOCS}/configuration.md`,
    '',
    '# Stop looking for configuration files in parent folders: this is the project root.',
    'root: true',
    '',
    '# The rule set to start from: recommended, or strict to turn every rule on.',
    'extends: [recommended]',
    '',
    '# Which Markdown files are message templates (globs relative to this file).',
    'files: ["templates/**/*.md"]',
    '',
    '# Values a template uses when its front matter does not set them.',
    'defaults:',
    `  jurisdiction: ${c.jurisdiction} # ${profile.name}: contact hours, required identifiers and statements`,
    `  locale: ${locale}`,
    '',
    "# Change a rule's severity (off, warn, error), for example:",
    '# rules:',
    '#   no-false-urgency: error',
    '',
    '# Files that are never linted, for example drafts:',
    '# ignores: ["templates/drafts/**"]',
    '',
  ].join('\n');
}

/** Writes a file unless it exists; `false` when it was there already. */
function writeNew(path: string, text: string): boolean {
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Runs `dunlint init`; returns the exit code. */
export async function runInit(flags: InitFlags, io: InitIo, prompter: Prompter = inquirerPrompter): Promise<number> {
  const dir = resolve(io.cwd, flags.dir ?? '.');
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new UsageError(`--dir "${flags.dir}" is a file, not a folder.`);
  }
  let choices: Choices;
  try {
    choices = await choose(flags, io, prompter);
  } catch (error) {
    if ((error as Error)?.name === 'ExitPromptError') throw new UsageError('init cancelled; nothing was written.');
    throw error;
  }
  const library = libraryTemplates(libraryDir());
  const templates = planTemplates(choices, library);
  const locale = parseTemplate(templates[0]!.text).frontMatter?.data?.locale;
  const planned: Planned[] = [
    {
      path: '.dunlintrc.yaml',
      text: configText(choices, typeof locale === 'string' ? locale : choices.language),
      origin: 'config',
    },
    ...templates,
  ];

  const profile = profileFor(choices.jurisdiction);
  const out: string[] = [
    `dunlint init: ${choices.jurisdiction} — ${profile.name}${profile.code !== choices.jurisdiction ? ` (the ${profile.code} profile)` : ''}; ${LANGUAGE_NAMES[choices.language][0]}; ${choices.channels.map((c) => CHANNEL_NAMES[c]).join(', ')}`,
    '',
  ];
  const written: Planned[] = [];
  const skipped: Planned[] = [];
  const width = Math.max(...planned.map((p) => displayPath(io.cwd, join(dir, p.path)).length));
  for (const p of planned) {
    const abs = join(dir, p.path);
    const shown = displayPath(io.cwd, abs);
    if (writeNew(abs, p.text)) {
      written.push(p);
      const note =
        p.origin === 'library'
          ? 'from the dunlint template library'
          : p.origin === 'generated'
            ? `generated for ${choices.jurisdiction}`
            : 'configuration';
      out.push(`  created  ${shown.padEnd(width)}  ${note}`);
    } else {
      skipped.push(p);
      out.push(`  skipped  ${shown.padEnd(width)}  already exists; left unchanged`);
    }
  }
  const count = written.filter((p) => p.origin !== 'config').length;
  const config = written.some((p) => p.origin === 'config');
  out.push(
    '',
    `Wrote ${[config ? 'the configuration' : '', count ? plural(count, 'template') : ''].filter(Boolean).join(' and ') || 'nothing'}${skipped.length ? `; skipped ${plural(skipped.length, 'file')} that already existed` : ''}.`,
    '',
    'Next steps:',
    '  1. Replace the sample names, amounts, phone numbers and links in the templates with your own,',
    '     and have your legal team review them before use.',
    `  2. Check them:  npx dunlint check${dir === io.cwd ? '' : ` ${toPosix(displayPath(io.cwd, dir))}`}`,
    `  3. Check every change in CI and before each commit: ${DOCS}/ci.md`,
    `  4. Jurisdiction ${profile.code}: ${DOCS}/jurisdictions/${profile.code}.md`,
    '',
  );
  io.stdout(out.join('\n'));
  return 0;
}
