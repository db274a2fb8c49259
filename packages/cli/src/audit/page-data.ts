/**
 * The compact form of the audit data that the HTML report embeds once (in a
 * `<script type="application/json">`) for its inline script: short keys, because a 2,000-template
 * audit has many thousands of findings; the legal basis, repeated for every finding of a rule in a
 * jurisdiction, is stored once and referenced by index.
 */
import { dimensionLabel } from './collect.js';
import type { AuditData, Dimension } from './model.js';

export interface PageTemplate {
  /** file (display path) */
  f: string;
  /** front-matter id ('' when none) */
  id: string;
  /** jurisdiction, language, channel, stage */
  j: string;
  l: string;
  c: string;
  s: string;
}

export interface PageFinding {
  /** index into templates */
  t: number;
  /** rule id ('internal' when no rule owns it) */
  r: string;
  /** severity: 2 error, 1 warning */
  v: 1 | 2;
  /** line, column */
  l: number;
  c: number;
  /** message */
  m: string;
  /** excerpt: text before, marked words, text after */
  x: [string, string, string];
  /** index into legal */
  g: number;
}

export interface PageSuppression {
  t: number;
  r: string;
  l: number;
  c: number;
  /** the reason written in the directive */
  why: string;
  /** the directive's line and text */
  dl: number;
  d: string;
  /** the silenced finding's message */
  m: string;
}

export interface PageLegal {
  s: 'specific' | 'other' | 'none';
  laws: string[];
}

export interface PageData {
  templates: PageTemplate[];
  findings: PageFinding[];
  suppressions: PageSuppression[];
  /** rule id → category, docs url, description */
  rules: Record<string, { c: string; u: string; d: string }>;
  legal: PageLegal[];
  /** display labels of the values of each dimension */
  labels: Record<Dimension, Record<string, string>>;
  /** list paging: items per page */
  page: { size: number };
}

export const PAGE_SIZE = 50;

export function pageData(data: AuditData): PageData {
  const legal: PageLegal[] = [];
  const legalIndex = new Map<string, number>();
  const legalRef = (s: PageLegal['s'], laws: string[]): number => {
    const key = `${s}\u0000${laws.join('\u0000')}`;
    let i = legalIndex.get(key);
    if (i === undefined) {
      i = legal.push({ s, laws }) - 1;
      legalIndex.set(key, i);
    }
    return i;
  };
  const labels = {} as PageData['labels'];
  for (const [dimension, rows] of Object.entries(data.breakdowns) as [Dimension, { key: string; label: string }[]][])
    labels[dimension] = Object.fromEntries(rows.map((r) => [r.key, r.label]));
  for (const t of data.templates)
    for (const d of ['jurisdiction', 'language', 'channel', 'stage'] as const)
      labels[d][t[d]] ??= dimensionLabel(d, t[d]);
  for (const s of data.suppressions) labels.category[s.category] ??= dimensionLabel('category', s.category);
  return {
    templates: data.templates.map((t) => ({
      f: t.file,
      id: t.id ?? '',
      j: t.jurisdiction,
      l: t.language,
      c: t.channel,
      s: t.stage,
    })),
    findings: data.findings.map((f) => ({
      t: f.template,
      r: f.rule ?? 'internal',
      v: f.severity,
      l: f.line,
      c: f.column,
      m: f.message,
      x: [f.excerpt.before, f.excerpt.marked, f.excerpt.after],
      g: legalRef(f.legalScope, f.legal),
    })),
    suppressions: data.suppressions.map((s) => ({
      t: s.template,
      r: s.rule,
      l: s.line,
      c: s.column,
      why: s.reason,
      dl: s.directiveLine,
      d: s.directive,
      m: s.message,
    })),
    rules: Object.fromEntries(
      Object.values(data.rules).map((r) => [r.id, { c: r.category, u: r.url ?? '', d: r.description }]),
    ),
    legal,
    labels,
    page: { size: PAGE_SIZE },
  };
}
