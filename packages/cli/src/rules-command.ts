import type { Rule } from '@dunlint/core';
import { renderRuleText } from './rule-docs.js';

/** `dunlint rules`: a table, or JSON `[{ id, category, severity, languages, description, url }]` (SPEC §4). */
export function listRules(rules: ReadonlyMap<string, Rule>, format: 'table' | 'json'): string {
  const rows = [...rules.values()].map((r) => ({
    id: r.id,
    category: r.meta.category,
    severity: r.meta.severity,
    languages: r.meta.languages === 'all' ? ['en', 'es', 'pt'] : [...r.meta.languages],
    description: r.meta.description,
    url: r.meta.docs.url,
  }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const idWidth = Math.max(...rows.map((r) => r.id.length), 4);
  const catWidth = Math.max(...rows.map((r) => r.category.length), 8);
  const lines = [`${'rule'.padEnd(idWidth)}  ${'category'.padEnd(catWidth)}  default  description`];
  for (const r of rows.sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id))) {
    lines.push(`${r.id.padEnd(idWidth)}  ${r.category.padEnd(catWidth)}  ${r.severity.padEnd(7)}  ${r.description}`);
  }
  lines.push('', `${rows.length} rules. "dunlint explain <rule>" shows what a rule reports, why, and its legal basis.`);
  return `${lines.join('\n')}\n`;
}

/** `dunlint explain RULE`: the rule's documentation for a terminal. */
export function explainRule(rule: Rule): string {
  const text = renderRuleText(rule);
  return text.endsWith('\n') ? text : `${text}\n`;
}
