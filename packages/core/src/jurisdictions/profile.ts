/**
 * Jurisdiction profiles: one YAML file per jurisdiction in this folder (compiled into
 * generated/jurisdictions.ts by scripts/build-data.mjs), validated against `profileSchema`.
 * `BR-SP` inherits `BR`, which inherits `generic`; a code without a file of its own (`US-TX`,
 * `BR-RJ`) uses its country's profile, then `generic`. Adding a country is adding a file
 * (docs/jurisdictions.md).
 */
import { compileSchema, type Validator } from '../schema/validate.js';
import { jurisdictionData } from '../generated/jurisdictions.js';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

export interface LegalCitation {
  law: string;
  sources?: string[];
}

export interface HoursProfile extends LegalCitation {
  /** LEGAL.md status: V verified, P partly verified, U unverified. */
  status?: 'V' | 'P' | 'U';
  /** Guidance rather than a statute: a window outside it is a warning, not an error. */
  guidance?: boolean;
  /** Allowed contact hours per day ("HH:MM" local time); a day that is absent allows no contact. */
  days: Partial<Record<Day, [string, string]>>;
}

export interface IdentifierProfile extends LegalCitation {
  label: string;
  sample?: string;
}

export interface StatementProfile extends LegalCitation {
  /** The rule that enforces the statement. */
  rule: string;
  channels?: string[];
}

export interface JurisdictionProfile {
  /** The code of the file the profile came from (`BR-SP`), after inheritance. */
  code: string;
  name: string;
  /** Codes from the most specific to `generic`, e.g. `['BR-SP', 'BR', 'generic']`. */
  chain: string[];
  hours?: HoursProfile;
  identifiers: Record<string, IdentifierProfile>;
  statements: StatementProfile[];
  consent?: LegalCitation;
  /** Severity changes for rules in this jurisdiction (applied when the rule is on). */
  severity: Record<string, 'warn' | 'error'>;
}

const TIME = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
const citation = {
  law: { type: 'string', minLength: 1 },
  sources: { type: 'array', items: { type: 'string', pattern: '^S[0-9]+[a-z]?$' } },
};

export const profileSchema = {
  $id: 'https://dunlint.dev/schema/jurisdiction.json',
  title: 'dunlint jurisdiction profile',
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    inherits: { type: 'string' },
    hours: {
      type: 'object',
      additionalProperties: false,
      required: ['law', 'days'],
      properties: {
        ...citation,
        status: { enum: ['V', 'P', 'U'] },
        guidance: { type: 'boolean' },
        days: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(
            DAYS.map((d) => [d, { type: 'array', minItems: 2, maxItems: 2, items: { type: 'string', pattern: TIME } }]),
          ),
        },
      },
    },
    identifiers: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['label', 'law'],
        properties: { ...citation, label: { type: 'string' }, sample: { type: 'string' } },
      },
    },
    statements: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'law'],
        properties: { ...citation, rule: { type: 'string' }, channels: { type: 'array', items: { type: 'string' } } },
      },
    },
    consent: { type: 'object', additionalProperties: false, required: ['law'], properties: citation },
    severity: { type: 'object', additionalProperties: { enum: ['warn', 'error'] } },
  },
} as const;

type ProfileFile = Omit<JurisdictionProfile, 'code' | 'chain' | 'identifiers' | 'statements' | 'severity'> & {
  inherits?: string;
  identifiers?: Record<string, IdentifierProfile>;
  statements?: StatementProfile[];
  severity?: Record<string, 'warn' | 'error'>;
};

let validate: Validator | undefined;

/** The raw profile file of a code, validated; `undefined` when there is no file. */
export function profileFile(code: string): ProfileFile | undefined {
  const raw = jurisdictionData[code];
  if (raw === undefined) return undefined;
  validate ??= compileSchema(profileSchema);
  if (!validate(raw)) {
    const e = validate.errors?.[0];
    throw new Error(`jurisdictions/${code}.yaml: ${e?.instancePath || '/'} ${e?.message ?? 'is invalid'}`);
  }
  return raw as ProfileFile;
}

/** Every jurisdiction that has a file, sorted. */
export function profileCodes(): string[] {
  return Object.keys(jurisdictionData).sort();
}

const cache = new Map<string, JurisdictionProfile>();

/** The file code that serves a template's `jurisdiction`: itself, its country, or `generic`. */
export function profileCodeFor(jurisdiction: string | undefined): string {
  const code = (jurisdiction ?? 'generic').trim();
  if (code.toLowerCase() === 'generic' || code === '') return 'generic';
  const upper = code.toUpperCase();
  if (jurisdictionData[upper] !== undefined) return upper;
  const country = upper.slice(0, 2);
  return jurisdictionData[country] !== undefined ? country : 'generic';
}

/** The resolved profile (inheritance applied) for a template's `jurisdiction`. */
export function profileFor(jurisdiction: string | undefined): JurisdictionProfile {
  const code = profileCodeFor(jurisdiction);
  const hit = cache.get(code);
  if (hit) return hit;
  const chain: ProfileFile[] = [];
  const codes: string[] = [];
  for (let c: string | undefined = code; c !== undefined;) {
    if (codes.includes(c))
      throw new Error(`jurisdictions/${c}.yaml: "inherits" makes a cycle (${[...codes, c].join(' -> ')})`);
    const file = profileFile(c);
    if (!file) throw new Error(`jurisdictions: "${codes[codes.length - 1]}" inherits "${c}", which has no file`);
    chain.push(file);
    codes.push(c);
    c = file.inherits ?? (c === 'generic' ? undefined : 'generic');
  }
  const profile: JurisdictionProfile = {
    code,
    name: chain[0]!.name,
    chain: codes,
    identifiers: {},
    statements: [],
    severity: {},
  };
  for (const file of [...chain].reverse()) {
    if (file.hours) profile.hours = file.hours;
    if (file.consent) profile.consent = file.consent;
    Object.assign(profile.identifiers, file.identifiers);
    Object.assign(profile.severity, file.severity);
    if (file.statements)
      profile.statements = [
        ...profile.statements.filter((s) => !file.statements!.some((n) => n.rule === s.rule)),
        ...file.statements,
      ];
  }
  cache.set(code, profile);
  return profile;
}

/** Minutes since midnight of "HH:MM". */
export function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
