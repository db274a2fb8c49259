/**
 * Builds the audit's data model from `runCheck`'s results: template facts from each file's front
 * matter (with the configuration's `defaults`), findings with an excerpt of the reported line and
 * the legal basis that applies in the template's jurisdiction, the suppressions with their reasons,
 * totals and breakdowns.
 */
import {
  builtinRules,
  languageOf,
  profileFor,
  resolveFileConfig,
  STAGES,
  type Config,
  type Diagnostic,
  type Rule,
  type RuleCategory,
} from '@dunlint/core';
import { parseDocument } from 'yaml';
import type { ConfigFinder } from '../config-finder.js';
import { displayPath, toPosix } from '../paths.js';
import { readTemplate } from '../read-template.js';
import type { FileResult } from '../types.js';
import {
  DIMENSIONS,
  NOT_SET,
  type AuditData,
  type AuditFinding,
  type AuditSuppression,
  type AuditTemplate,
  type AuditTotals,
  type BreakdownRow,
  type ConfigSummary,
  type Dimension,
  type Excerpt,
  type RuleInfo,
} from './model.js';

/** Short names of the rule families, for charts and filters (the docs use longer titles). */
export const CATEGORY_LABELS: Readonly<Record<RuleCategory | 'internal', string>> = {
  structure: 'Structure',
  tone: 'Tone and threats',
  privacy: 'Privacy',
  required: 'Required content',
  jurisdiction: 'Schedule, consent, review',
  channel: 'Channels',
  directives: 'Inline directives',
  internal: 'Internal errors',
};
const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS);

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', es: 'Spanish', pt: 'Portuguese' };
const CHANNEL_NAMES: Readonly<Record<string, string>> = { whatsapp: 'WhatsApp', sms: 'SMS', email: 'E-mail' };

export interface CollectInput {
  results: readonly FileResult[];
  /** "path: reason" for files that could not be read. */
  fileErrors: readonly string[];
  cwd: string;
  /** The paths and globs audited, as given on the command line. */
  paths: readonly string[];
  /** The configurations, found as `runCheck` found them. */
  configs: ConfigFinder;
  configFile?: string;
  ruleFlags?: readonly string[];
  version: string;
  now: Date;
  title?: string;
  registry?: ReadonlyMap<string, Rule>;
}

export function collectAudit(input: CollectInput): AuditData {
  const registry = input.registry ?? builtinRules;
  const legal = new LegalBasisLookup(registry);
  const rules: Record<string, RuleInfo> = {};
  const noteRule = (id: string | null): RuleCategory | 'internal' => {
    const key = id ?? 'internal';
    const known = rules[key];
    if (known) return known.category;
    const rule = id ? registry.get(id) : undefined;
    const info: RuleInfo = rule
      ? { id: rule.id, category: rule.meta.category, description: rule.meta.description, url: rule.meta.docs.url }
      : {
          id: key,
          category: 'internal',
          description: 'A problem no rule owns: a rule stopped with an internal error.',
        };
    rules[key] = info;
    return info.category;
  };

  interface Draft {
    template: AuditTemplate;
    findings: Omit<AuditFinding, 'template'>[];
    suppressions: Omit<AuditSuppression, 'template'>[];
  }
  const drafts: Draft[] = input.results.map((result) => {
    const source = result.source ?? readSource(result.filePath);
    const lines = source === undefined ? [] : source.split(/\r\n|\n|\r/);
    const facts = templateFacts(source, () => defaultsFor(input.configs, result.filePath));
    const template: AuditTemplate = {
      file: displayPath(input.cwd, result.filePath),
      ...(facts.id ? { id: facts.id } : {}),
      ...(facts.locale ? { locale: facts.locale } : {}),
      jurisdiction: facts.jurisdiction,
      language: facts.language,
      channel: facts.channel,
      stage: facts.stage,
      errors: result.errorCount,
      warnings: result.warningCount,
      suppressions: result.suppressed.length,
    };
    const findings = result.messages.map((m) => {
      const basis = legal.for(m.ruleId, template.jurisdiction);
      return {
        rule: m.ruleId,
        category: noteRule(m.ruleId),
        severity: m.severity,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        message: m.message,
        excerpt: excerptOf(lines, m),
        legal: basis.legal,
        legalScope: basis.scope,
      };
    });
    const suppressions = result.suppressed.map((s) => ({
      rule: s.ruleId,
      category: noteRule(s.ruleId),
      line: s.line,
      column: s.column,
      message: s.message,
      reason: s.reason,
      directiveLine: s.directiveLine,
      directive: clip((lines[s.directiveLine - 1] ?? '').trim(), 300),
    }));
    return { template, findings, suppressions };
  });

  drafts.sort(
    (a, b) =>
      b.template.errors - a.template.errors ||
      b.template.warnings - a.template.warnings ||
      compareText(a.template.file, b.template.file),
  );
  const templates = drafts.map((d) => d.template);
  const findings: AuditFinding[] = drafts.flatMap((d, template) =>
    d.findings
      .sort((a, b) => a.line - b.line || a.column - b.column || b.severity - a.severity)
      .map((f) => ({ template, ...f })),
  );
  const suppressions: AuditSuppression[] = drafts.flatMap((d, template) =>
    d.suppressions.sort((a, b) => a.line - b.line || a.column - b.column).map((s) => ({ template, ...s })),
  );

  return {
    tool: { name: 'dunlint', version: input.version },
    title: input.title?.trim() || 'Template compliance audit',
    generatedAt: input.now.toISOString(),
    paths: input.paths.length > 0 ? [...input.paths] : ['.'],
    config: configSummary(input),
    totals: totalsOf(templates, findings, suppressions, input.fileErrors.length),
    templates,
    findings,
    suppressions,
    rules,
    breakdowns: breakdowns(templates, findings),
    unreadableFiles: [...input.fileErrors],
  };
}

function readSource(filePath: string): string | undefined {
  const read = readTemplate(filePath, Number.MAX_SAFE_INTEGER);
  return read.ok ? read.text : undefined;
}

function defaultsFor(configs: ConfigFinder, filePath: string): Record<string, unknown> {
  return resolveFileConfig(configs.forFile(filePath), toPosix(filePath)).defaults;
}

interface TemplateFacts {
  id?: string;
  locale?: string;
  jurisdiction: string;
  language: string;
  channel: string;
  stage: string;
}

const OPEN_FENCE = /^---[ \t]*(?:\r\n|\n|\r)/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * The front matter as plain data, or `undefined` when there is none or its YAML has errors (as the
 * core sees it). Only the YAML is parsed: the audit does not need the Markdown tree again.
 */
export function frontMatterData(source: string): Record<string, unknown> | undefined {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const open = OPEN_FENCE.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = CLOSE_FENCE.exec(rest);
  const doc = parseDocument(close ? rest.slice(0, close.index) : rest, { uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A template's id, locale, jurisdiction, language, channel and stage; the config defaults fill gaps (as in the core). */
export function templateFacts(source: string | undefined, defaults: () => Record<string, unknown>): TemplateFacts {
  const own = source === undefined ? undefined : frontMatterData(source);
  const needsDefaults = !own || ['locale', 'jurisdiction', 'channel', 'stage'].some((k) => text(own[k]) === undefined);
  const data = needsDefaults ? { ...defaults(), ...own } : own;
  const locale = text(data.locale);
  return {
    ...(text(own?.id) ? { id: text(own?.id) } : {}),
    ...(locale ? { locale } : {}),
    jurisdiction: text(data.jurisdiction) ?? NOT_SET,
    language: languageOf(locale) ?? (locale ? locale.split(/[-_]/)[0]!.toLowerCase() : NOT_SET),
    channel: text(data.channel) ?? NOT_SET,
    stage: text(data.stage) ?? NOT_SET,
  };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const BEFORE = 60;
const MARKED = 160;
const AFTER = 60;

/** The reported line, split into the text before, the reported words (to the end of the line when the range goes on), and after. */
export function excerptOf(
  lines: readonly string[],
  d: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>,
): Excerpt {
  const full = (lines[d.line - 1] ?? '').replace(/\t/g, ' ');
  const start = Math.min(Math.max(0, d.column - 1), full.length);
  const end = Math.max(start, Math.min(d.endLine === d.line ? d.endColumn - 1 : full.length, full.length));
  const from = safeCut(full, Math.max(0, start - BEFORE));
  const markEnd = safeCut(full, Math.min(end, start + MARKED));
  const to = safeCut(full, Math.min(full.length, end + AFTER));
  return {
    line: d.line,
    before: (from > 0 ? '…' : '') + full.slice(from, start),
    marked: full.slice(start, markEnd) + (markEnd < end ? '…' : ''),
    after: full.slice(end, to) + (to < full.length ? '…' : ''),
  };
}

/** Moves a cut point off the middle of a surrogate pair. */
function safeCut(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, safeCut(s, max))}…` : s;
}

/** The legal basis of a rule that applies in a jurisdiction (its laws for that country or subdivision, or for everywhere). */
export class LegalBasisLookup {
  private readonly cache = new Map<string, { legal: string[]; scope: AuditFinding['legalScope'] }>();

  constructor(private readonly registry: ReadonlyMap<string, Rule>) {}

  for(ruleId: string | null, jurisdiction: string): { legal: string[]; scope: AuditFinding['legalScope'] } {
    const key = `${ruleId}\u0000${jurisdiction}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.compute(ruleId, jurisdiction);
      this.cache.set(key, hit);
    }
    return hit;
  }

  private compute(ruleId: string | null, jurisdiction: string): { legal: string[]; scope: AuditFinding['legalScope'] } {
    const laws = (ruleId ? this.registry.get(ruleId)?.meta.legal : undefined) ?? [];
    if (laws.length === 0) return { legal: [], scope: 'none' };
    const codes = new Set<string>();
    if (jurisdiction !== NOT_SET) {
      codes.add(jurisdiction);
      codes.add(jurisdiction.split('-')[0]!);
      for (const c of profileFor(jurisdiction).chain) if (c !== 'generic') codes.add(c);
    }
    const where = (j: readonly string[] | undefined) =>
      !j || j.length === 0 ? '' : ` (${j.map((c) => (c === '*' ? 'everywhere' : c)).join(', ')})`;
    const applies = laws.filter(
      (l) => !l.jurisdictions?.length || l.jurisdictions.includes('*') || l.jurisdictions.some((j) => codes.has(j)),
    );
    if (applies.length > 0)
      return { legal: applies.map((l) => `${l.law}${where(l.jurisdictions)}`), scope: 'specific' };
    return { legal: laws.map((l) => `${l.law}${where(l.jurisdictions)}`), scope: 'other' };
  }
}

function totalsOf(
  templates: readonly AuditTemplate[],
  findings: readonly AuditFinding[],
  suppressions: readonly AuditSuppression[],
  unreadableFiles: number,
): AuditTotals {
  const withErrors = templates.filter((t) => t.errors > 0).length;
  const withFindings = templates.filter((t) => t.errors + t.warnings > 0).length;
  return {
    templates: templates.length,
    templatesWithFindings: withFindings,
    templatesWithErrors: withErrors,
    templatesWithWarningsOnly: withFindings - withErrors,
    cleanTemplates: templates.length - withFindings,
    errors: findings.filter((f) => f.severity === 2).length,
    warnings: findings.filter((f) => f.severity === 1).length,
    suppressions: suppressions.length,
    unreadableFiles,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The label shown for a value of a dimension. */
export function dimensionLabel(dimension: Dimension, key: string): string {
  if (key === NOT_SET) return NOT_SET;
  switch (dimension) {
    case 'category':
      return CATEGORY_LABELS[key as RuleCategory] ?? key;
    case 'language':
      return LANGUAGE_NAMES[key] ? `${LANGUAGE_NAMES[key]} (${key})` : `${key} (not supported)`;
    case 'channel':
      return CHANNEL_NAMES[key] ?? key;
    case 'jurisdiction': {
      if (key === 'generic') return 'generic';
      const profile = profileFor(key);
      return profile.code === 'generic' ? `${key} (no profile)` : `${key} · ${profile.name}`;
    }
    default:
      return key;
  }
}

/** The fixed order of a dimension's values where there is one (families, languages, channels, stages). */
function fixedOrder(dimension: Dimension): readonly string[] | undefined {
  switch (dimension) {
    case 'category':
      return CATEGORY_ORDER;
    case 'language':
      return ['en', 'es', 'pt'];
    case 'channel':
      return ['whatsapp', 'sms', 'email'];
    case 'stage':
      return STAGES;
    default:
      return undefined;
  }
}

/** The value of a dimension for a finding (template dimensions come from its template). */
export function findingKey(dimension: Dimension, f: AuditFinding, templates: readonly AuditTemplate[]): string {
  if (dimension === 'rule') return f.rule ?? 'internal';
  if (dimension === 'category') return f.category;
  return templates[f.template]![dimension];
}

const TEMPLATE_DIMENSIONS: readonly Dimension[] = ['jurisdiction', 'language', 'channel', 'stage'];

/** Findings per value of each dimension, as rows in display order. */
export function breakdowns(
  templates: readonly AuditTemplate[],
  findings: readonly AuditFinding[],
): Record<Dimension, BreakdownRow[]> {
  const out = {} as Record<Dimension, BreakdownRow[]>;
  for (const dimension of DIMENSIONS) {
    const rows = new Map<string, BreakdownRow & { seen: Set<number> }>();
    const row = (key: string) => {
      let r = rows.get(key);
      if (!r) {
        r = { key, label: dimensionLabel(dimension, key), errors: 0, warnings: 0, templates: 0, seen: new Set() };
        rows.set(key, r);
      }
      return r;
    };
    const perTemplate = TEMPLATE_DIMENSIONS.includes(dimension);
    if (perTemplate) for (const t of templates) row(t[dimension as 'jurisdiction']).templates++;
    for (const f of findings) {
      const r = row(findingKey(dimension, f, templates));
      if (f.severity === 2) r.errors++;
      else r.warnings++;
      if (!perTemplate && !r.seen.has(f.template)) {
        r.seen.add(f.template);
        r.templates++;
      }
    }
    const order = fixedOrder(dimension);
    const rank = (key: string) => {
      if (key === NOT_SET) return Number.MAX_SAFE_INTEGER;
      const i = order ? order.indexOf(key) : -1;
      return i === -1 ? (order ? order.length : 0) : i;
    };
    out[dimension] = [...rows.values()]
      .sort(
        (a, b) =>
          rank(a.key) - rank(b.key) ||
          (order ? 0 : b.errors + b.warnings - (a.errors + a.warnings) || b.templates - a.templates) ||
          compareText(a.key, b.key),
      )
      .map(({ key, label, errors, warnings, templates: n }) => ({ key, label, errors, warnings, templates: n }));
  }
  return out;
}

function configSummary(input: CollectInput): ConfigSummary {
  const files = new Set<string>();
  const presets = new Set<string>();
  const seen = new Set<Config>();
  for (const r of input.results) {
    const config = input.configs.forFile(r.filePath);
    if (seen.has(config)) continue;
    seen.add(config);
    const layers = config.layers.length > 0 ? config.layers : [{ source: 'preset:recommended' }];
    for (const layer of layers) {
      if (layer.source.startsWith('preset:')) presets.add(layer.source.slice('preset:'.length));
      else if (layer.source !== '--rule') files.add(displayPath(input.cwd, layer.source));
    }
  }
  if (input.results.length === 0 && !input.configFile) presets.add('recommended');
  return {
    files: [...files].sort(compareText),
    presets: [...presets].sort(compareText),
    ruleFlags: [...(input.ruleFlags ?? [])],
    explicit: Boolean(input.configFile),
  };
}
