/**
 * The audit's data model: everything the HTML report, the CSV and the JSON summary show, built
 * once from `runCheck`'s results by `collect.ts`. Plain JSON-serialisable data: the HTML report
 * embeds it (in a compact form, see `html.ts`) and its inline script renders the lists from it.
 */
import type { RuleCategory } from '@dunlint/core';

/** The value shown for a front-matter key that a template does not set (or sets to a non-string). */
export const NOT_SET = '(not set)';

/** What the report, CSV and summary group findings by. */
export type Dimension = 'category' | 'rule' | 'jurisdiction' | 'language' | 'channel' | 'stage';
export const DIMENSIONS: readonly Dimension[] = ['category', 'rule', 'jurisdiction', 'language', 'channel', 'stage'];

/** One audited template file. */
export interface AuditTemplate {
  /** Path relative to the working directory (forward slashes). */
  file: string;
  /** Front-matter `id`, when set. */
  id?: string;
  /** Front-matter `locale` (or the config default), as written. */
  locale?: string;
  /** Template-level facts (front matter, else the configuration's `defaults`, else NOT_SET). */
  jurisdiction: string;
  language: string;
  channel: string;
  stage: string;
  errors: number;
  warnings: number;
  suppressions: number;
}

/** The line a finding points at, split around the reported words. */
export interface Excerpt {
  line: number;
  before: string;
  marked: string;
  after: string;
}

export interface AuditFinding {
  /** Index into `AuditData.templates`. */
  template: number;
  /** Rule id; `null` for a problem no rule owns (an internal error in a rule). */
  rule: string | null;
  category: RuleCategory | 'internal';
  severity: 1 | 2;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  excerpt: Excerpt;
  /** The rule's legal basis that applies in the template's jurisdiction ("law (where)"). */
  legal: string[];
  /** `specific`: `legal` applies to the template's jurisdiction; `other`: none does, `legal` lists where the rule's laws apply. */
  legalScope: 'specific' | 'other' | 'none';
}

/** A finding silenced by an inline directive: the audit trail. */
export interface AuditSuppression {
  template: number;
  rule: string;
  category: RuleCategory | 'internal';
  /** Where the silenced finding was. */
  line: number;
  column: number;
  /** The silenced finding's message. */
  message: string;
  /** The reason written after `--` in the directive. */
  reason: string;
  /** The directive comment's line and its text. */
  directiveLine: number;
  directive: string;
}

export interface RuleInfo {
  id: string;
  category: RuleCategory | 'internal';
  description: string;
  url?: string;
}

export interface BreakdownRow {
  key: string;
  label: string;
  errors: number;
  warnings: number;
  /** Templates in the group (template dimensions) or templates with a finding of it (rule, category). */
  templates: number;
}

export interface AuditTotals {
  templates: number;
  templatesWithFindings: number;
  templatesWithErrors: number;
  /** Templates with warnings but no errors. */
  templatesWithWarningsOnly: number;
  cleanTemplates: number;
  errors: number;
  warnings: number;
  suppressions: number;
  /** Files found but not audited (unreadable, binary, too large). */
  unreadableFiles: number;
}

export interface ConfigSummary {
  /** Configuration files used (display paths); empty when none was found. */
  files: string[];
  /** Presets the configurations extend (`recommended`, `strict`). */
  presets: string[];
  /** `--rule` settings given on the command line. */
  ruleFlags: string[];
  /** Whether `--config FILE` was given. */
  explicit: boolean;
}

export interface AuditData {
  tool: { name: 'dunlint'; version: string };
  title: string;
  /** ISO 8601 timestamp. */
  generatedAt: string;
  /** The paths and globs audited, as given. */
  paths: string[];
  config: ConfigSummary;
  totals: AuditTotals;
  /** Ranked: most errors first, then most warnings, then by path. */
  templates: AuditTemplate[];
  /** In template rank order, then by position. */
  findings: AuditFinding[];
  suppressions: AuditSuppression[];
  /** Rules that appear in findings or suppressions. */
  rules: Record<string, RuleInfo>;
  breakdowns: Record<Dimension, BreakdownRow[]>;
  /** "path: reason" for each file that could not be audited. */
  unreadableFiles: string[];
}
