import { resolveFileConfig } from './config/resolve.js';
import type { FileConfig } from './config/types.js';
import { applyDirectives } from './directives/apply.js';
import { profileFor } from './jurisdictions/profile.js';
import { parseTemplate, type TemplateDocument } from './document/parse.js';
import { applyFixes } from './fix/apply-fixes.js';
import {
  LANGUAGES,
  interpolate,
  type Language,
  type ReportDescriptor,
  type Rule,
  type RuleContext,
} from './rules/api.js';
import { builtinRules } from './rules/index.js';
import type { Diagnostic, LintResult, OffsetRange, SeverityLevel } from './types.js';

export interface LintOptions {
  /** The configuration for this file (see `resolveFileConfig`); default: `recommended`. */
  config?: FileConfig;
  /** The file's path, for messages and rules that care (never read by the core). */
  filePath?: string;
  /** The rule registry; default: the built-in rules. */
  rules?: ReadonlyMap<string, Rule>;
  /**
   * Called when a rule throws, with the error (its stack included); the failure is reported as a
   * diagnostic of that rule either way. An editor logs it, once.
   */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export function languageOf(locale: unknown): Language | undefined {
  if (typeof locale !== 'string') return undefined;
  const lang = locale.split(/[-_]/)[0]!.toLowerCase();
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : undefined;
}

/** Builds a diagnostic's positions from an offset range. */
export function place(
  doc: TemplateDocument,
  range: OffsetRange,
): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset'> {
  const start = Math.max(0, Math.min(range[0], doc.text.length));
  const end = Math.max(start, Math.min(range[1], doc.text.length));
  const s = doc.lines.position(start);
  const e = doc.lines.position(end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column, offset: start, endOffset: end };
}

/** Lints a template's text. Never throws: a crashing rule becomes a diagnostic of its own. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintDocument(parseTemplate(text), options);
}

export function lintDocument(doc: TemplateDocument, options: LintOptions = {}): LintResult {
  const registry = options.rules ?? builtinRules;
  const config = options.config ?? resolveFileConfig({ layers: [] }, options.filePath, registry);
  const fmData = doc.frontMatter?.data;
  const data = fmData ? { ...config.defaults, ...fmData } : undefined;
  const language = languageOf(data?.locale);
  const messages: Diagnostic[] = [];
  // A jurisdiction profile may raise or lower a rule that is on (e.g. CO makes no-default-reason-question an error).
  const jurisdictionSeverity = data
    ? profileFor(typeof data.jurisdiction === 'string' ? data.jurisdiction : undefined).severity
    : {};

  for (const [id, rule] of registry) {
    const setting = config.rules[id];
    if (!setting || setting.severity === 0) continue;
    const { languages } = rule.meta;
    if (languages !== 'all' && (!language || !languages.includes(language))) continue;
    const changed = jurisdictionSeverity[id];
    const severity = changed ? (changed === 'error' ? 2 : 1) : setting.severity;
    const context: RuleContext<string> = {
      id,
      doc,
      data,
      language,
      options: setting.options,
      filePath: options.filePath,
      lexicons: config.teamLexicons,
      settings: config.settings,
      report: (d) => messages.push(toDiagnostic(rule, doc, d, severity)),
    };
    try {
      rule.create(context);
    } catch (error) {
      options.onRuleError?.(id, error);
      messages.push({
        ruleId: id,
        severity: 2,
        message: `The rule "${id}" failed on this file (${(error as Error)?.message ?? String(error)}). This is a bug in dunlint: please report it. The other rules still ran.`,
        ...place(doc, [0, 0]),
        url: rule.meta.docs.url,
      });
    }
  }

  const { kept, suppressed, directiveMessages } = applyDirectives(doc, messages, config, registry);
  const all = [...kept, ...directiveMessages].sort(
    (a, b) => a.offset - b.offset || a.endOffset - b.endOffset || String(a.ruleId).localeCompare(String(b.ruleId)),
  );
  return summarise(all, suppressed);
}

export function summarise(messages: Diagnostic[], suppressed: LintResult['suppressed'] = []): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return { messages, suppressed, errorCount, warningCount, fixableErrorCount, fixableWarningCount };
}

function toDiagnostic(
  rule: Rule,
  doc: TemplateDocument,
  d: ReportDescriptor<string>,
  configured: SeverityLevel,
): Diagnostic {
  const { meta } = rule;
  const template = meta.messages[d.messageId];
  if (template === undefined) throw new Error(`rule reported unknown messageId "${d.messageId}"`);
  if (d.fix && meta.fixable !== 'code') throw new Error('rule reported a fix but does not declare meta.fixable');
  if (d.suggest?.length && !meta.hasSuggestions)
    throw new Error('rule reported suggestions but does not declare meta.hasSuggestions');
  const severity = (d.maxSeverity ? Math.min(configured, d.maxSeverity) : configured) as SeverityLevel;
  const diagnostic: Diagnostic = {
    ruleId: rule.id,
    severity,
    message: interpolate(template, d.data),
    messageId: d.messageId,
    ...place(doc, d.range),
    url: meta.docs.url,
  };
  if (meta.legal?.length) diagnostic.legal = meta.legal.map((l) => l.law);
  if (d.fix) diagnostic.fix = d.fix;
  if (d.suggest?.length) {
    diagnostic.suggestions = d.suggest.map((s) => {
      const desc = meta.messages[s.messageId];
      if (desc === undefined) throw new Error(`rule suggested unknown messageId "${s.messageId}"`);
      return { messageId: s.messageId, desc: interpolate(desc, s.data), fix: s.fix };
    });
  }
  if (d.related?.length) {
    diagnostic.related = d.related.map((r) => {
      const p = place(doc, r.range);
      return { message: r.message, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
    });
  }
  return diagnostic;
}

export interface FixResult {
  /** The fixed text (BOM kept). */
  output: string;
  /** Whether anything changed. */
  fixed: boolean;
  /** The lint result of the final text. */
  result: LintResult;
  passes: number;
}

/** Lints and applies fixes until none are left or 10 passes have run (fixes may unlock others). */
export function lintAndFix(text: string, options: LintOptions = {}, maxPasses = 10): FixResult {
  let current = text;
  let result = lint(current, options);
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const { output } = applyFixes(current, fixes);
    passes++;
    if (output === current) break;
    current = output;
    result = lint(current, options);
  }
  return { output: current, fixed: current !== text, result, passes };
}
