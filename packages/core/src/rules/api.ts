import type { TemplateDocument } from '../document/parse.js';
import type { Fix, OffsetRange, SeverityLevel, SeverityName } from '../types.js';
import type { PhraseLexicon } from '../phrases/lexicon.js';

export type RuleCategory = 'structure' | 'tone' | 'privacy' | 'required' | 'jurisdiction' | 'channel' | 'directives';
export type Language = 'en' | 'es' | 'pt';
export const LANGUAGES: readonly Language[] = ['en', 'es', 'pt'];

/** Where rule documentation pages live; `meta.docs.url` is this + `<id>.md`. */
export const DOCS_BASE_URL = 'https://github.com/dunlint/dunlint/blob/main/docs/rules/';

export interface LegalBasis {
  /** The statute or platform rule, e.g. "FDCPA 15 U.S.C. §1692e(4)". */
  law: string;
  /** Jurisdictions it applies to ("US", "BR", "*"). */
  jurisdictions?: string[];
  /** Source keys from LEGAL.md §8, e.g. "S24". */
  sources?: string[];
}

export interface RuleExample {
  /** A template body or whole template; shown in the docs and run by the tests. */
  code: string;
  /** Front matter overrides for the example, merged over a valid base template. */
  frontMatter?: Record<string, unknown>;
  language?: Language;
}

export interface RuleMeta<M extends string> {
  category: RuleCategory;
  /** One line, plain language: what the rule reports. */
  description: string;
  /** Severity in the `recommended` preset. */
  severity: SeverityName;
  /** Severity in the `strict` preset (default: `severity`, or `warn` when that is `off`). */
  strictSeverity?: SeverityName;
  /** Languages the rule understands; `all` when it does not read prose. */
  languages: readonly Language[] | 'all';
  fixable?: 'code';
  hasSuggestions?: boolean;
  messages: Record<M, string>;
  /** A longer explanation for docs, hover and `dunlint explain`. */
  rationale: string;
  legal?: LegalBasis[];
  /** JSON Schema of the rule's options object. */
  schema?: object;
  defaultOptions?: Record<string, unknown>;
  examples?: { valid: RuleExample[]; invalid: RuleExample[] };
}

export interface SuggestionDescriptor<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  fix: Fix;
}

export interface RelatedDescriptor {
  message: string;
  range: OffsetRange;
}

export interface ReportDescriptor<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  range: OffsetRange;
  fix?: Fix;
  suggest?: SuggestionDescriptor<M>[];
  related?: RelatedDescriptor[];
  /** Cap the configured severity (e.g. a legal step declared as intended is only a warning). */
  maxSeverity?: SeverityLevel;
}

/** Front matter as plain data, with config `defaults` filled in. */
export type TemplateData = Record<string, unknown>;

export interface RuleContext<M extends string> {
  readonly id: string;
  readonly doc: TemplateDocument;
  /** Front matter data (with config defaults); `undefined` when there is none or it does not parse. */
  readonly data: TemplateData | undefined;
  /** The template's language from `locale`, when it is one dunlint knows. */
  readonly language: Language | undefined;
  readonly options: Readonly<Record<string, unknown>>;
  readonly filePath: string | undefined;
  /** Settings shared by rules (`settings:` in the configuration). */
  readonly settings?: { reviewMaxAgeMonths: number; maxFileSize: number };
  /** Team-owned phrase lexicons from the config's `lexicons:`, by rule id. */
  readonly lexicons?: Readonly<Record<string, readonly PhraseLexicon[]>>;
  report(descriptor: ReportDescriptor<M>): void;
}

export interface Rule<M extends string = string> {
  readonly id: string;
  readonly meta: RuleMeta<M> & { docs: { url: string } };
  create(context: RuleContext<M>): void;
}

/** Typed rule factory: checks `messageId`s against `messages` and injects the docs URL. */
export function defineRule<M extends string>(rule: {
  id: string;
  meta: RuleMeta<M>;
  create(context: RuleContext<M>): void;
}): Rule<M> {
  return { ...rule, meta: { ...rule.meta, docs: { url: `${DOCS_BASE_URL}${rule.id}.md` } } };
}

/** Formats `{{key}}` in a message with `data`; unknown keys are left as written. */
export function interpolate(message: string, data: Record<string, string | number> | undefined): string {
  if (!data) return message;
  return message.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}
