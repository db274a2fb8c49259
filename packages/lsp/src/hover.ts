import { builtinRules, declaredVariables, type TemplateDocument } from '@dunlint/core';
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { keyAt, namespaceValue, NAMESPACES, schemaAt, schemaType } from './front-matter.js';
import type { LintEntry } from './linter.js';
import { bomShift, rangeContains, toCoreOffset, toLspRange } from './positions.js';

/** Markdown for a rule: description, rationale, legal basis, docs link. */
export function ruleMarkdown(ruleId: string): string | undefined {
  const rule = builtinRules.get(ruleId);
  if (!rule) return undefined;
  const { meta } = rule;
  const parts = [`**dunlint** \`${ruleId}\` — ${meta.description}`, meta.rationale];
  if (meta.legal?.length) {
    const laws = meta.legal.map(
      (l) => `- ${l.law}${l.jurisdictions?.length ? ` (${l.jurisdictions.join(', ')})` : ''}`,
    );
    parts.push(`**Legal basis**\n\n${laws.join('\n')}`);
  }
  parts.push(`[Rule documentation](${meta.docs.url})`);
  return parts.join('\n\n');
}

/** Hover on a diagnostic (rule explanation), a placeholder (type and sample) or a front matter key (schema). */
export function hover(
  doc: TextDocument,
  parsed: TemplateDocument,
  entry: LintEntry | undefined,
  at: Position,
): Hover | null {
  const shift = bomShift(doc);
  const offset = toCoreOffset(doc, at, shift);
  const sections: string[] = [];
  let range: Range | undefined;

  const seen = new Set<string>();
  for (const d of entry?.diagnostics ?? []) {
    const id = typeof d.code === 'string' ? d.code : undefined;
    if (!id || seen.has(id) || !rangeContains(d.range, at)) continue;
    const markdown = ruleMarkdown(id);
    if (!markdown) continue;
    seen.add(id);
    sections.push(markdown);
    range ??= d.range;
  }

  const placeholder = parsed.placeholders.find((p) => offset >= p.range[0] && offset <= p.range[1]);
  if (placeholder) {
    sections.push(placeholderMarkdown(parsed, placeholder.name, placeholder.path));
    range = toLspRange(doc, placeholder.range, shift);
  } else {
    const fm = parsed.frontMatter;
    if (fm && offset >= fm.contentRange[0] && offset <= fm.contentRange[1]) {
      const key = keyAt(fm, offset);
      if (key?.onKey) {
        const schema = schemaAt(key.path);
        const isVariable = key.path.length === 2 && key.path[0] === 'variables';
        if (isVariable) {
          sections.push(placeholderMarkdown(parsed, key.path[1]!, [key.path[1]!]));
        } else if (schema?.description) {
          const lines = [`\`${key.path.join('.')}\` (${schemaType(schema)})`, schema.description];
          const parent = schemaAt(key.path.slice(0, -1));
          if (parent?.required?.includes(key.path.at(-1)!)) lines.push('Required.');
          sections.push(lines.join('\n\n'));
        }
        if (isVariable || schema?.description) range ??= toLspRange(doc, key.keyRange, shift);
      }
    }
  }
  if (sections.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, ...(range ? { range } : {}) };
}

function placeholderMarkdown(parsed: TemplateDocument, name: string, path: readonly string[]): string {
  const data = parsed.frontMatter?.data;
  if ((NAMESPACES as readonly string[]).includes(path[0]!) && path.length > 1) {
    const value = namespaceValue(data, path);
    return value === undefined
      ? `\`{{${name}}}\` — front matter field \`${name}\`, which this template does not set.`
      : `\`{{${name}}}\` — front matter field \`${name}\`: ${JSON.stringify(value)}`;
  }
  const declared = declaredVariables(parsed).find((v) => v.name === name);
  if (!declared) return `\`{{${name}}}\` — not declared under \`variables\`.`;
  const lines = [`\`{{${name}}}\` — variable of type \`${declared.type ?? 'unknown'}\``];
  lines.push(declared.sample === undefined ? 'No sample value.' : `Sample: ${JSON.stringify(declared.sample)}`);
  return lines.join('\n\n');
}
