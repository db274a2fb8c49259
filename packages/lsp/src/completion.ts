import { declaredVariables, type TemplateDocument } from '@dunlint/core';
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { namespacePaths, NAMESPACES, schemaAt, schemaType } from './front-matter.js';
import { bomShift, toCoreOffset } from './positions.js';

const PLACEHOLDER_PREFIX = /\{\{\s*([A-Za-z0-9_.]*)$/;
const KEY = String.raw`([A-Za-z_][\w-]*|"[^"]*"|'[^']*')`;
const KEY_LINE = new RegExp(String.raw`^(\s*)(-\s+)?${KEY}\s*:(?:\s|$)`);
const unquote = (key: string) => (/^["'].*["']$/.test(key) ? key.slice(1, -1) : key);
const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** Completion: placeholders after `{{`; front matter keys and values from the template schema by YAML path. */
export function complete(doc: TextDocument, parsed: TemplateDocument, at: Position): CompletionList | null {
  const lineText = doc.getText({ start: { line: at.line, character: 0 }, end: { line: at.line + 1, character: 0 } });
  const line = lineText.replace(/\r?\n$|\r$/, '');
  const prefix = line.slice(0, at.character);
  const after = line.slice(at.character);

  const placeholder = PLACEHOLDER_PREFIX.exec(prefix);
  if (placeholder) return placeholderItems(parsed, at, placeholder[1]!, after);

  const fm = parsed.frontMatter;
  if (!fm) return null;
  const offset = toCoreOffset(doc, at, bomShift(doc));
  if (offset < fm.contentRange[0] || offset > fm.contentRange[1]) return null;
  const firstLine = doc.positionAt(fm.contentRange[0] + bomShift(doc)).line;
  const lines = doc
    .getText({ start: { line: firstLine, character: 0 }, end: { line: at.line + 1, character: 0 } })
    .split(/\r\n|\n|\r/);
  const allLines = doc.getText().split(/\r\n|\n|\r/);
  const context = yamlContext(lines.slice(0, at.line - firstLine), prefix);
  if (!context) return null;
  const range: Range = {
    start: { line: at.line, character: at.character - context.partial.length },
    end: { line: at.line, character: at.character + (/^[\w-]*/.exec(after)?.[0].length ?? 0) },
  };
  if (context.kind === 'key') {
    const schema = schemaAt(context.path);
    if (!schema?.properties) return null;
    const present = context.flow ? context.siblings : siblingKeys(allLines, at.line, context.keyColumn, firstLine);
    const indent = ' '.repeat(context.keyColumn + 2);
    const required = new Set(schema.required ?? []);
    const items = Object.entries(schema.properties)
      .filter(([key]) => !present.has(key))
      .map(([key, node], i): CompletionItem => {
        const isObject = !context.flow && (node.properties !== undefined || node.additionalProperties !== undefined);
        return {
          label: key,
          kind: CompletionItemKind.Property,
          detail: schemaType(node),
          ...(node.description ? { documentation: { kind: MarkupKind.Markdown, value: node.description } } : {}),
          sortText: `${required.has(key) ? 0 : 1}${String(i).padStart(3, '0')}`,
          textEdit: { range, newText: isObject ? `${key}:\n${indent}` : `${key}: ` },
        };
      });
    return { isIncomplete: false, items };
  }
  const schema = schemaAt(context.path);
  if (!schema) return null;
  const values: unknown[] = schema.enum ? [...schema.enum] : schema.type === 'boolean' ? [true, false] : [];
  const items = values.map((value): CompletionItem => ({
    label: String(value),
    kind: CompletionItemKind.EnumMember,
    ...(schema.description ? { documentation: { kind: MarkupKind.Markdown, value: schema.description } } : {}),
    textEdit: { range, newText: String(value) },
  }));
  return items.length ? { isIncomplete: false, items } : null;
}

function placeholderItems(parsed: TemplateDocument, at: Position, partial: string, after: string): CompletionList {
  const range: Range = {
    start: { line: at.line, character: at.character - partial.length },
    end: { line: at.line, character: at.character + (/^[\w.]*/.exec(after)?.[0].length ?? 0) },
  };
  const rest = after.slice(range.end.character - at.character);
  const close = /^\s*\}\}/.test(rest) ? '' : '}}';
  const items: CompletionItem[] = [];
  for (const v of declaredVariables(parsed)) {
    items.push({
      label: v.name,
      kind: CompletionItemKind.Variable,
      detail: v.type ?? 'variable',
      ...(v.sample !== undefined ? { documentation: `Sample: ${v.sample}` } : {}),
      sortText: `0${v.name}`,
      textEdit: { range, newText: `${v.name}${close}` },
    });
  }
  for (const ns of NAMESPACES) {
    for (const [path, value] of namespacePaths(parsed.frontMatter?.data, ns)) {
      items.push({
        label: path,
        kind: CompletionItemKind.Field,
        detail: value,
        documentation: `From the front matter: ${value}`,
        sortText: `1${path}`,
        textEdit: { range, newText: `${path}${close}` },
      });
    }
  }
  return { isIncomplete: false, items };
}

export type YamlContext =
  | { kind: 'key'; path: string[]; partial: string; keyColumn: number; flow: boolean; siblings: Set<string> }
  | { kind: 'value'; path: string[]; partial: string; item: boolean };

/**
 * Where the cursor is in the YAML being typed, from the text alone (the YAML may not parse while
 * typing): `lines` are the front matter lines above the cursor, `prefix` the current line up to it.
 * Block mappings and sequences use indentation; a flow collection on the current line is scanned.
 */
export function yamlContext(lines: readonly string[], prefix: string): YamlContext | undefined {
  if (/^\s*#/.test(prefix)) return undefined;
  const keyLine = KEY_LINE.exec(prefix);
  if (keyLine) {
    const keyColumn = keyLine[1]!.length + (keyLine[2]?.length ?? 0);
    const base = [...parentPath(lines, keyColumn), ...(keyLine[2] ? ['0'] : [])];
    const key = unquote(keyLine[3]!);
    const rest = prefix.slice(keyLine[0].length);
    if (/[{[]/.test(rest)) return flowContext([...base, key], rest);
    return { kind: 'value', path: [...base, key], partial: rest.trimStart().replace(/^["']/, ''), item: false };
  }
  const bare = /^(\s*)(-\s+)?([\w-]*)$/.exec(prefix);
  if (!bare) return undefined;
  const dashColumn = bare[1]!.length;
  const keyColumn = dashColumn + (bare[2]?.length ?? 0);
  if (bare[2]) {
    // A sequence item: a scalar from an enum (days: - mon) or the first key of a mapping item.
    const parent = parentPath(lines, dashColumn);
    const items = schemaAt([...parent, '0']);
    if (items?.properties) {
      return { kind: 'key', path: [...parent, '0'], partial: bare[3]!, keyColumn, flow: false, siblings: new Set() };
    }
    return { kind: 'value', path: [...parent, '0'], partial: bare[3]!, item: true };
  }
  return {
    kind: 'key',
    path: parentPath(lines, keyColumn),
    partial: bare[3]!,
    keyColumn,
    flow: false,
    siblings: new Set(),
  };
}

/** The path of the block mapping that a key at `column` belongs to, from the lines above. */
function parentPath(lines: readonly string[], column: number): string[] {
  const path: string[] = [];
  let limit = column;
  for (let i = lines.length - 1; i >= 0 && limit > 0; i--) {
    const line = lines[i]!;
    if (/^\s*(#.*)?$/.test(line)) continue;
    const indent = indentOf(line);
    const m = KEY_LINE.exec(line);
    const dash = /^(\s*)(-\s+)/.exec(line);
    if (dash) {
      const dashColumn = dash[1]!.length;
      const itemColumn = dashColumn + dash[2]!.length;
      if (dashColumn >= limit) continue;
      // `- key: …` at or left of our column: we are inside that item.
      if (m && itemColumn < limit) path.unshift(unquote(m[3]!));
      path.unshift('0');
      limit = dashColumn;
      continue;
    }
    if (indent >= limit || !m) continue;
    path.unshift(unquote(m[3]!));
    limit = indent;
  }
  return path;
}

/** Keys already present at `column` in the block around `line` (not offered again). */
function siblingKeys(lines: readonly string[], line: number, column: number, first: number): Set<string> {
  const keys = new Set<string>();
  const scan = (from: number, step: 1 | -1) => {
    for (let i = from; i >= first && i < lines.length; i += step) {
      const text = lines[i]!;
      if (/^(---|\.\.\.)\s*$/.test(text)) break;
      if (/^\s*(#.*)?$/.test(text)) continue;
      const dash = /^(\s*)(-\s+)/.exec(text);
      const m = KEY_LINE.exec(text);
      const start = dash ? dash[1]!.length : indentOf(text);
      const keyColumn = m ? m[1]!.length + (m[2]?.length ?? 0) : start;
      if (start < column) {
        // The parent line, or (going up) the `- key:` line that opens our sequence item.
        if (step === -1 && dash && m && keyColumn === column) keys.add(unquote(m[3]!));
        break;
      }
      if (m && keyColumn === column) keys.add(unquote(m[3]!));
    }
  };
  scan(line - 1, -1);
  scan(line + 1, 1);
  return keys;
}

/** Scans a flow collection (`{ basis: co`, `[mon, tu`) on the current line after `key:`. */
function flowContext(base: string[], text: string): YamlContext | undefined {
  const stack: { kind: 'map' | 'seq'; path: string[]; keys: Set<string> }[] = [];
  let token = '';
  let pendingKey: string | undefined;
  let state: 'key' | 'value' = 'value';
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else token += ch;
      continue;
    }
    const top = stack.at(-1);
    if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '{' || ch === '[') {
      const path = top ? (top.kind === 'map' ? [...top.path, pendingKey ?? ''] : [...top.path, '0']) : base;
      stack.push({ kind: ch === '{' ? 'map' : 'seq', path, keys: new Set() });
      state = ch === '{' ? 'key' : 'value';
      pendingKey = undefined;
      token = '';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      state = 'value';
      token = '';
    } else if (ch === ',') {
      state = top?.kind === 'map' ? 'key' : 'value';
      token = '';
    } else if (ch === ':' && top?.kind === 'map' && state === 'key') {
      pendingKey = token.trim();
      top.keys.add(pendingKey);
      state = 'value';
      token = '';
    } else {
      token += ch;
    }
  }
  const top = stack.at(-1);
  if (!top || quote) return undefined;
  const partial = token.trimStart();
  if (top.kind === 'seq') return { kind: 'value', path: [...top.path, '0'], partial, item: true };
  if (state === 'key') {
    return { kind: 'key', path: top.path, partial, keyColumn: 0, flow: true, siblings: top.keys };
  }
  return { kind: 'value', path: [...top.path, pendingKey ?? ''], partial, item: false };
}
