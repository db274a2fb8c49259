/**
 * Starter templates: `starterTemplate({ language, jurisdiction, channel, stage })` returns the text
 * of a template that lints clean under `recommended` and `strict`, for `dunlint init` and the
 * editor's "New template…" command.
 *
 * Nothing here is a per-combination string: the wording comes from the sentence blocks of each
 * language (`starter/<lang>.yaml`, compiled into generated/starter.ts by scripts/build-data.mjs),
 * and the legal parts from the jurisdiction profile — its contact hours give `send_window`, its
 * identifiers (CNPJ, RUC, licence…) follow the creditor's name, its required statements (the
 * FDCPA disclosure…) close the message, and its citations head the front matter as comments.
 * The front matter declares exactly the placeholders the body uses.
 */
import { Ajv } from 'ajv';
import { starterData } from '../generated/starter.js';
import { parseTemplate } from '../document/parse.js';
import { DAYS, minutes, profileFor, type Day, type JurisdictionProfile } from '../jurisdictions/profile.js';
import { renderBody } from '../render/render.js';
import noDebtInPreview from '../rules/no-debt-in-preview.js';
import { smsInfo } from '../render/sms.js';
import { CHANNELS, STAGES } from '../schema/template-schema.js';

export const STARTER_LANGUAGES = ['en', 'es', 'pt'] as const;
export type StarterLanguage = (typeof STARTER_LANGUAGES)[number];
export type StarterChannel = (typeof CHANNELS)[number];
export type StarterStage = (typeof STAGES)[number];

export interface StarterOptions {
  language: StarterLanguage;
  /** A jurisdiction code (`BR-SP`, `US`, `US-TX`, `generic`…); one without a profile uses its country's. */
  jurisdiction: string;
  channel: StarterChannel;
  /** One of the stages (`pre-due`, `first-contact`, …); checked at run time. */
  stage: StarterStage | (string & {});
  /** The template's `id` (default: built from jurisdiction, language, stage, channel and recipient). */
  id?: string;
  recipient?: 'debtor' | 'third-party';
}

type Place = Record<string, string>;

interface StageBlocks {
  subject: string;
  greeting?: string;
  sms: string;
  message: string[];
}

interface LanguageBlocks {
  places: Record<string, Place>;
  sender: string;
  creditor: string;
  email: string;
  consent_evidence: string;
  identifiers?: Record<string, { label?: string; sample?: string }>;
  variables: Record<string, { type: string; sample: string }>;
  comment: string[];
  citations: Record<'hours' | 'identifier' | 'statement' | 'consent', string>;
  introduction: { long: string; short: string };
  greeting: Record<StarterChannel, string>;
  sign_off: string[];
  statements: Record<string, string>;
  opt_out: Record<StarterChannel, string>;
  stages: Record<StarterStage, StageBlocks>;
  third_party: StageBlocks;
}

const text = { type: 'string', minLength: 1 } as const;
const texts = { type: 'array', minItems: 1, items: text } as const;
const perChannel = {
  type: 'object',
  additionalProperties: false,
  required: [...CHANNELS],
  properties: Object.fromEntries(CHANNELS.map((c) => [c, text])),
} as const;
const stageBlocks = {
  type: 'object',
  additionalProperties: false,
  required: ['subject', 'sms', 'message'],
  properties: { subject: text, greeting: text, sms: text, message: texts },
} as const;

/** The schema of `starter/<lang>.yaml` (checked on first use, and by the tests). */
export const starterBlocksSchema = {
  $id: 'https://dunlint.dev/schema/starter-blocks.json',
  type: 'object',
  additionalProperties: false,
  required: [
    'places',
    'sender',
    'creditor',
    'email',
    'consent_evidence',
    'variables',
    'comment',
    'citations',
    'introduction',
    'greeting',
    'sign_off',
    'statements',
    'opt_out',
    'stages',
    'third_party',
  ],
  properties: {
    places: {
      type: 'object',
      required: ['generic'],
      additionalProperties: { type: 'object', additionalProperties: text },
      properties: {
        generic: {
          type: 'object',
          required: ['locale', 'phone', 'hours'],
          additionalProperties: text,
        },
      },
    },
    sender: text,
    creditor: text,
    email: { type: 'string', format: 'email' },
    consent_evidence: text,
    identifiers: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: { label: text, sample: text },
      },
    },
    variables: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'sample'],
        properties: { type: text, sample: text },
      },
    },
    comment: texts,
    citations: {
      type: 'object',
      additionalProperties: false,
      required: ['hours', 'identifier', 'statement', 'consent'],
      properties: { hours: text, identifier: text, statement: text, consent: text },
    },
    introduction: {
      type: 'object',
      additionalProperties: false,
      required: ['long', 'short'],
      properties: { long: text, short: text },
    },
    greeting: perChannel,
    sign_off: texts,
    statements: { type: 'object', additionalProperties: text },
    opt_out: perChannel,
    stages: {
      type: 'object',
      additionalProperties: false,
      required: [...STAGES],
      properties: Object.fromEntries(STAGES.map((s) => [s, stageBlocks])),
    },
    third_party: stageBlocks,
  },
} as const;

/** Where each identifier of a jurisdiction profile (`identifiers:`) goes in the front matter. */
const IDENTIFIER_PATHS: Readonly<Record<string, readonly [string, string]>> = {
  creditor_tax_id: ['creditor', 'tax_id'],
  collector_license: ['collector', 'license'],
};

/** The send window a starter proposes, clamped into the jurisdiction's legal hours. */
const PREFERRED_DAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const PREFERRED_START = '09:00';
const PREFERRED_END = '19:00';

/** What a locked phone shows of a message (no-debt-in-preview's default length). */
const PREVIEW_LENGTH = (noDebtInPreview.meta.defaultOptions?.length as number | undefined) ?? 60;

/** The default SMS budget of sms-length; a longer starter declares what it needs. */
const DEFAULT_SMS_SEGMENTS = 2;

const JURISDICTION = /^([A-Z]{2}(-[A-Z0-9]{1,3})?|generic)$/;
const ID = /^[a-z0-9][a-z0-9_-]*$/;

let checked: Set<string> | undefined;

function blocksFor(language: StarterLanguage): LanguageBlocks {
  const raw = (starterData as Record<string, unknown>)[language];
  if (raw === undefined) throw new Error(`starter/${language}.yaml is missing`);
  checked ??= new Set();
  if (!checked.has(language)) {
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(starterBlocksSchema);
    if (!validate(raw)) {
      const e = validate.errors?.[0];
      throw new Error(`starter/${language}.yaml: ${e?.instancePath || '/'} ${e?.message ?? 'is invalid'}`);
    }
    checked.add(language);
  }
  return raw as LanguageBlocks;
}

/** The jurisdictions each language's starters are written for (their `places`), `generic` last. */
export function starterJurisdictions(): Record<StarterLanguage, string[]> {
  const out = {} as Record<StarterLanguage, string[]>;
  for (const language of STARTER_LANGUAGES) {
    const codes = Object.keys(blocksFor(language).places).filter((c) => c !== 'generic');
    out[language] = [...codes.sort(), 'generic'];
  }
  return out;
}

function oneOf<T extends string>(what: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new RangeError(`starterTemplate: unknown ${what} "${String(value)}"; use one of ${allowed.join(', ')}`);
}

/** The place values for a jurisdiction: its own, then its country's, then `generic`'s. */
function placeFor(blocks: LanguageBlocks, code: string): Place {
  const country = code === 'generic' ? 'generic' : code.slice(0, 2);
  return { ...blocks.places.generic, ...blocks.places[country], ...blocks.places[code] };
}

/** Replaces `[[slot]]` from `values`; an unknown slot is a data error. */
function fill(template: string, values: Record<string, string>, where: string): string {
  return template.replace(/\[\[([a-z_]+)\]\]/g, (_whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`starter blocks: unknown slot [[${key}]] in ${where}`);
    return value;
  });
}

/** A YAML scalar: plain when that reads back as the same string, double-quoted otherwise. */
function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} .'()/@_–-]*$/u.test(value) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(value) &&
    !/^[\d.+-]/.test(value) &&
    !/[ ]$/.test(value);
  return plain ? value : JSON.stringify(value);
}

type Flow = string | number | boolean | Flow[] | { [key: string]: Flow };

/** A YAML flow collection: `{ a: b, c: [d, e] }`. */
function flow(value: Flow): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${flow(v)}`)
      .join(', ')} }`;
  }
  return scalar(value);
}

/** The allowed days and a window inside the profile's legal hours (the preferred one when it fits). */
function sendWindow(profile: JurisdictionProfile): { days: Day[]; start: string; end: string } {
  const hours = profile.hours?.days;
  if (!hours) return { days: [...PREFERRED_DAYS], start: PREFERRED_START, end: PREFERRED_END };
  let days = PREFERRED_DAYS.filter((d) => hours[d]);
  if (days.length === 0) days = DAYS.filter((d) => hours[d]);
  const latestStart = Math.max(...days.map((d) => minutes(hours[d]![0])));
  const earliestEnd = Math.min(...days.map((d) => minutes(hours[d]![1])));
  const start = Math.max(minutes(PREFERRED_START), latestStart);
  const end = Math.min(minutes(PREFERRED_END), earliestEnd);
  const hhmm = (m: number): string =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  if (start < end) return { days, start: hhmm(start), end: hhmm(end) };
  return { days, start: hhmm(latestStart), end: hhmm(earliestEnd) };
}

/** Placeholders of a text, in order of first use. */
function placeholdersOf(body: string): string[] {
  return [...new Set([...body.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((m) => m[1]!))];
}

/** The introduction as a sentence of its own: capitalised. */
function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Joins a greeting and the introduction on one line; after "!", "?" or "." the introduction is a new sentence. */
function opening(greeting: string, introduction: string): string {
  return `${greeting} ${/[,:]$/.test(greeting) ? introduction : sentence(introduction)}`;
}

/** How long a text is on the recipient's screen: placeholders replaced by their samples, spaces collapsed. */
function renderedLength(text: string, values: Record<string, string>): number {
  const rendered = text.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
  return [...rendered.replace(/\s+/g, ' ')].length;
}

/** The default id: `<jurisdiction>[-<language>]-<stage>-<channel>[-third-party]`. */
function defaultId(
  code: string,
  language: StarterLanguage,
  stage: string,
  channel: string,
  thirdParty: boolean,
): string {
  const primary = STARTER_LANGUAGES.find((l) => code in blocksFor(l).places) ?? language;
  return [
    code.toLowerCase(),
    ...(primary === language ? [] : [language]),
    stage,
    channel,
    ...(thirdParty ? ['third-party'] : []),
  ].join('-');
}

/**
 * A starter template for a language, jurisdiction, channel and stage (and recipient): a complete
 * template text that lints clean under the `recommended` and `strict` presets. Throws a RangeError
 * for an unknown language, channel, stage or recipient, or a malformed jurisdiction code or id.
 */
export function starterTemplate(options: StarterOptions): string {
  const language = oneOf('language', options.language, STARTER_LANGUAGES);
  const channel = oneOf('channel', options.channel, CHANNELS);
  const stage = oneOf('stage', options.stage, STAGES);
  const recipient = oneOf('recipient', options.recipient ?? 'debtor', ['debtor', 'third-party'] as const);
  const jurisdiction = String(options.jurisdiction ?? '').trim();
  const code = jurisdiction.toLowerCase() === 'generic' ? 'generic' : jurisdiction.toUpperCase();
  if (!JURISDICTION.test(code)) {
    throw new RangeError(
      `starterTemplate: "${jurisdiction}" is not a jurisdiction code; use a country code with an optional subdivision ("BR", "BR-SP", "US-TX") or "generic"`,
    );
  }
  const thirdParty = recipient === 'third-party';
  const id = options.id ?? defaultId(code, language, stage, channel, thirdParty);
  if (!ID.test(id)) {
    throw new RangeError(`starterTemplate: id "${id}" must be lowercase letters, digits, "-" and "_"`);
  }

  const blocks = blocksFor(language);
  const profile = profileFor(code);
  const place = placeFor(blocks, code);
  const stageBlocks = thirdParty ? blocks.third_party : blocks.stages[stage];
  const where = `starter/${language}.yaml`;

  // Identifiers required by the profile, after the creditor's name: " (CNPJ {{creditor.tax_id}})".
  const identifiers = Object.entries(profile.identifiers).map(([key, identifier]) => {
    const path = IDENTIFIER_PATHS[key];
    if (!path)
      throw new Error(
        `starterTemplate: the profile of ${profile.code} requires "${key}", which starters do not know where to put`,
      );
    const local = blocks.identifiers?.[key];
    const sample = identifier.sample ?? local?.sample;
    if (!sample) throw new Error(`${where} has no sample for the identifier "${key}" of ${profile.code}`);
    return { key, identifier, path, label: local?.label ?? identifier.label, sample };
  });
  const slots: Record<string, string> = {
    ...place,
    sender: blocks.sender,
    creditor: blocks.creditor,
    jurisdiction: `${profile.name} (${code})`,
    stage,
    channel,
    identifiers: identifiers.length
      ? ` (${identifiers.map((i) => `${i.label} {{${i.path.join('.')}}}`).join(', ')})`
      : '',
  };
  const f = (template: string, part: string): string => fill(template, slots, `${where} ${part}`);

  // Required statements of the profile for this channel (never to a third party: they name the debt).
  const statements = thirdParty
    ? []
    : profile.statements.filter((s) => s.rule !== 'require-opt-out' && (!s.channels || s.channels.includes(channel)));
  const statementLines = statements.map((s) => {
    const sentence = blocks.statements[s.rule];
    if (!sentence)
      throw new Error(`${where} has no sentence for the statement that ${s.rule} requires in ${profile.code}`);
    return f(sentence, `statements.${s.rule}`);
  });
  const optOut = f(blocks.opt_out[channel], `opt_out.${channel}`);

  // What each placeholder shows (its sample, or the front-matter value).
  const values: Record<string, string> = {
    'creditor.name': blocks.creditor,
    'contact.phone': place.phone!,
    'contact.hours': place.hours!,
    'contact.email': blocks.email,
  };
  for (const i of identifiers) values[i.path.join('.')] = i.sample;
  for (const [name, variable] of Object.entries(blocks.variables))
    values[name] = f(variable.sample, `variables.${name}`);

  // The body.
  const greeting = f(stageBlocks.greeting ?? blocks.greeting[channel], 'greeting');
  const long = f(blocks.introduction.long, 'introduction.long');
  let body: string;
  if (channel === 'sms') {
    // The short introduction when it is enough to keep debt details out of the notification preview.
    const short = opening(greeting, f(blocks.introduction.short, 'introduction.short'));
    const noDetails = thirdParty || stage === 'first-contact';
    body = [
      noDetails || renderedLength(short, values) >= PREVIEW_LENGTH ? short : opening(greeting, long),
      f(stageBlocks.sms, 'sms'),
      ...statementLines,
      optOut,
    ].join(' ');
  } else if (channel === 'whatsapp') {
    body = [
      opening(greeting, long),
      ...stageBlocks.message.map((p, i) => f(p, `message[${i}]`)),
      [...statementLines, optOut].join(' '),
    ].join('\n\n');
  } else {
    body = [
      greeting,
      sentence(long),
      ...stageBlocks.message.map((p, i) => f(p, `message[${i}]`)),
      ...statementLines,
      optOut,
      blocks.sign_off.map((l, i) => f(l, `sign_off[${i}]`)).join('\n'),
    ].join('\n\n');
  }
  body = `${body}\n`;

  // Variables: exactly the placeholders the body uses that are not front-matter paths.
  const variables: [string, { type: string; sample: string }][] = [];
  const used = placeholdersOf(body).filter((name) => !name.includes('.'));
  for (const name of used) {
    if (!blocks.variables[name])
      throw new Error(`${where}: the placeholder {{${name}}} is not declared under variables`);
  }
  for (const [name, variable] of Object.entries(blocks.variables)) {
    if (used.includes(name)) variables.push([name, { type: variable.type, sample: values[name]! }]);
  }

  const window = sendWindow(profile);
  const lines: string[] = [];
  const comment = (text: string): void => void lines.push(`# ${text}`);
  for (const line of blocks.comment) comment(f(line, 'comment'));
  const cite = (label: string, law: string, sources?: string[]): void =>
    comment(`- ${label}: ${law}${sources?.length ? ` [${sources.join(', ')}]` : ''}`);
  if (profile.hours) cite(blocks.citations.hours, profile.hours.law, profile.hours.sources);
  for (const i of identifiers)
    cite(`${blocks.citations.identifier} (${i.identifier.label})`, i.identifier.law, i.identifier.sources);
  for (const s of statements) cite(blocks.citations.statement, s.law, s.sources);
  const optOutStatement = profile.statements.find(
    (s) => s.rule === 'require-opt-out' && (!s.channels || s.channels.includes(channel)),
  );
  if (optOutStatement) cite(blocks.citations.statement, optOutStatement.law, optOutStatement.sources);
  if (profile.consent) cite(blocks.citations.consent, profile.consent.law, profile.consent.sources);

  const creditor: Record<string, string> = { name: blocks.creditor };
  const collector: Record<string, string> = {};
  for (const i of identifiers) {
    const [group, key] = i.path;
    if (group === 'creditor') creditor[key] = i.sample;
    else collector[key] = i.sample;
  }
  lines.push(`id: ${id}`, `locale: ${place.locale}`, `channel: ${channel}`, `jurisdiction: ${code}`, `stage: ${stage}`);
  if (thirdParty) lines.push('recipient: third-party');
  if (Object.keys(collector).length > 0) {
    // The creditor collects its own debt; the licence is its own.
    lines.push(`collector: ${flow({ name: blocks.creditor, kind: 'first-party', ...collector })}`);
  }
  lines.push('creditor:', ...Object.entries(creditor).map(([k, v]) => `  ${k}: ${scalar(v)}`));
  const contact: Record<string, string> = {
    phone: place.phone!,
    ...(channel === 'email' ? { email: blocks.email } : {}),
  };
  contact.hours = place.hours!;
  lines.push('contact:', ...Object.entries(contact).map(([k, v]) => `  ${k}: ${scalar(v)}`));
  lines.push(`send_window: ${flow({ days: window.days, start: window.start, end: window.end })}`);
  lines.push(
    `consent: ${flow(channel === 'whatsapp' ? { basis: 'consent', evidence: blocks.consent_evidence } : { basis: 'contract' })}`,
  );
  if (variables.length > 0) {
    lines.push('variables:', ...variables.map(([name, v]) => `  ${name}: ${flow({ type: v.type, sample: v.sample })}`));
  }
  if (channel === 'whatsapp') lines.push(`whatsapp: ${flow({ category: 'utility', name: id.replace(/-/g, '_') })}`);
  if (channel === 'email') lines.push('email:', `  subject: ${scalar(f(stageBlocks.subject, 'subject'))}`);

  let template = `---\n${lines.join('\n')}\n---\n${body}`;
  if (channel === 'sms') {
    // Declare the segments the message needs when it is longer than sms-length's default budget
    // (accents outside GSM-7 make Spanish and Portuguese texts UCS-2).
    const doc = parseTemplate(template);
    const { segments, encoding } = smsInfo(renderBody(doc, doc.frontMatter?.data).text);
    if (segments > DEFAULT_SMS_SEGMENTS) {
      const sms = `sms: { max_segments: ${segments} }  # ${encoding}: ${segments} segments with the sample values`;
      template = template.replace('\n---\n', `\n${sms}\n---\n`);
    }
  }
  return template;
}
