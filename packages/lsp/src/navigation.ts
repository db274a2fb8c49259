/** Document symbols, go to definition, references and rename of template variables. */
import { declaredVariables, isPlaceholderName, type OffsetRange, type TemplateDocument } from '@dunlint/core';
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  SymbolKind,
  type DocumentSymbol,
  type Location,
  type Position,
  type Range,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { keyAt, keyRangeOf, NAMESPACES } from './front-matter.js';
import { bomShift, toCoreOffset, toLspRange } from './positions.js';

const MAX_SYMBOL_DEPTH = 3;

/** Front matter sections (with variables) and the body's placeholders, as a tree. */
export function documentSymbols(doc: TextDocument, parsed: TemplateDocument): DocumentSymbol[] {
  const shift = bomShift(doc);
  const range = (r: OffsetRange) => toLspRange(doc, r, shift);
  const out: DocumentSymbol[] = [];
  const fm = parsed.frontMatter;
  if (fm) {
    const base = fm.contentRange[0];
    const abs = (node: YamlNode | null | undefined): OffsetRange | undefined =>
      node?.range ? [base + node.range[0], base + Math.max(node.range[1], node.range[0])] : undefined;
    const pairSymbols = (node: unknown, depth: number, inVariables: boolean): DocumentSymbol[] => {
      if (!isMap(node) || depth > MAX_SYMBOL_DEPTH) return [];
      const symbols: DocumentSymbol[] = [];
      for (const pair of node.items as Pair[]) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const keyRange = abs(pair.key as YamlNode);
        if (!keyRange) continue;
        const value = pair.value as YamlNode | null;
        const valueRange = abs(value);
        const whole: OffsetRange = [keyRange[0], Math.max(keyRange[1], valueRange?.[1] ?? keyRange[1])];
        const name = String(pair.key.value);
        const variable = inVariables && depth === 1;
        const type = variable && isMap(value) ? value.get('type') : undefined;
        symbols.push({
          name,
          kind: variable
            ? SymbolKind.Variable
            : isMap(value)
              ? SymbolKind.Namespace
              : isSeq(value)
                ? SymbolKind.Array
                : SymbolKind.Property,
          ...(variable && typeof type === 'string'
            ? { detail: type }
            : isScalar(value) && value.value !== null
              ? { detail: String(value.value) }
              : {}),
          range: range(whole),
          selectionRange: range(keyRange),
          ...(variable
            ? {}
            : { children: pairSymbols(value, depth + 1, inVariables || (depth === 0 && name === 'variables')) }),
        });
      }
      return symbols;
    };
    out.push({
      name: 'front matter',
      kind: SymbolKind.Module,
      range: range(fm.range),
      selectionRange: range([0, Math.min(3, fm.range[1])]),
      children: pairSymbols(fm.yaml.contents, 0, false),
    });
  }
  const bodyPlaceholders = parsed.placeholders.filter((p) => p.where === 'body');
  const [bodyStart, bodyEnd] = parsed.bodyRange;
  if (bodyEnd > bodyStart || bodyPlaceholders.length > 0) {
    out.push({
      name: 'body',
      kind: SymbolKind.String,
      range: range(parsed.bodyRange),
      selectionRange: range([bodyStart, bodyStart]),
      children: bodyPlaceholders.map((p) => ({
        name: `{{${p.name}}}`,
        kind: SymbolKind.Field,
        range: range(p.range),
        selectionRange: range(p.nameRange),
      })),
    });
  }
  return out;
}

/** The flat form, for clients without hierarchical document symbols. */
export function flattenSymbols(uri: string, symbols: DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    {
      name: s.name,
      kind: s.kind,
      location: { uri, range: s.range },
      ...(container ? { containerName: container } : {}),
    },
    ...flattenSymbols(uri, s.children ?? [], s.name),
  ]);
}

/** What is under the cursor for navigation: a placeholder name, or a variable's key under `variables:`. */
interface Target {
  name: string;
  path: string[];
  /** Range of the name under the cursor. */
  range: OffsetRange;
}

function targetAt(parsed: TemplateDocument, offset: number): Target | undefined {
  const placeholder = parsed.placeholders.find((p) => offset >= p.range[0] && offset <= p.range[1]);
  if (placeholder) return { name: placeholder.name, path: placeholder.path, range: placeholder.nameRange };
  const fm = parsed.frontMatter;
  if (!fm || offset < fm.contentRange[0] || offset > fm.contentRange[1]) return undefined;
  const key = keyAt(fm, offset);
  if (key?.onKey && key.path.length === 2 && key.path[0] === 'variables') {
    return { name: key.path[1]!, path: [key.path[1]!], range: unquoted(parsed.text, key.keyRange) };
  }
  return undefined;
}

const isNamespacePath = (path: readonly string[]) =>
  path.length > 1 && (NAMESPACES as readonly string[]).includes(path[0]!);

function unquoted(text: string, range: OffsetRange): OffsetRange {
  const first = text[range[0]];
  return (first === '"' || first === "'") && range[1] - range[0] >= 2 ? [range[0] + 1, range[1] - 1] : range;
}

/** Placeholder -> its declaration under `variables:` (or its front matter field for `creditor.*`…). */
export function definition(doc: TextDocument, parsed: TemplateDocument, at: Position): Location | null {
  const shift = bomShift(doc);
  const target = targetAt(parsed, toCoreOffset(doc, at, shift));
  if (!target || !parsed.frontMatter) return null;
  if (isNamespacePath(target.path)) {
    const range = keyRangeOf(parsed.frontMatter, target.path);
    return range ? { uri: doc.uri, range: toLspRange(doc, range, shift) } : null;
  }
  const declared = declaredVariables(parsed).find((v) => v.name === target.name);
  return declared ? { uri: doc.uri, range: toLspRange(doc, unquoted(parsed.text, declared.keyRange), shift) } : null;
}

/** The declaration (when asked) and every use of the variable under the cursor. */
export function references(
  doc: TextDocument,
  parsed: TemplateDocument,
  at: Position,
  includeDeclaration: boolean,
): Location[] | null {
  const shift = bomShift(doc);
  const target = targetAt(parsed, toCoreOffset(doc, at, shift));
  if (!target) return null;
  const ranges = occurrences(parsed, target.name, includeDeclaration);
  return ranges.map((r) => ({ uri: doc.uri, range: toLspRange(doc, r, shift) }));
}

function occurrences(parsed: TemplateDocument, name: string, includeDeclaration: boolean): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  if (includeDeclaration) {
    const declared = declaredVariables(parsed).find((v) => v.name === name);
    if (declared) ranges.push(unquoted(parsed.text, declared.keyRange));
  }
  for (const p of parsed.placeholders) if (p.name === name) ranges.push(p.nameRange);
  return ranges;
}

/** `textDocument/prepareRename`: only variables can be renamed (not `creditor.*` fields). */
export function prepareRename(
  doc: TextDocument,
  parsed: TemplateDocument,
  at: Position,
): { range: Range; placeholder: string } | null {
  const shift = bomShift(doc);
  const target = targetAt(parsed, toCoreOffset(doc, at, shift));
  if (!target) return null;
  if (isNamespacePath(target.path)) {
    throw new ResponseError(
      LSPErrorCodes.RequestFailed,
      `{{${target.name}}} reads the front matter field "${target.name}"; only variables declared under "variables" can be renamed.`,
    );
  }
  return { range: toLspRange(doc, target.range, shift), placeholder: target.name };
}

/** `textDocument/rename`: the declaration and every placeholder that uses it. */
export function rename(
  doc: TextDocument,
  parsed: TemplateDocument,
  at: Position,
  newName: string,
): WorkspaceEdit | null {
  const prepared = prepareRename(doc, parsed, at);
  if (!prepared) return null;
  const name = prepared.placeholder;
  const trimmed = newName.trim();
  if (!isPlaceholderName(trimmed) || trimmed.includes('.')) {
    throw new ResponseError(
      ErrorCodes.InvalidParams,
      `"${newName}" is not a valid variable name: use letters, digits and "_", starting with a letter or "_".`,
    );
  }
  if (trimmed !== name && declaredVariables(parsed).some((v) => v.name === trimmed)) {
    throw new ResponseError(LSPErrorCodes.RequestFailed, `A variable named "${trimmed}" is already declared.`);
  }
  const shift = bomShift(doc);
  const edits: TextEdit[] = occurrences(parsed, name, true).map((r) => ({
    range: toLspRange(doc, r, shift),
    newText: trimmed,
  }));
  return { changes: { [doc.uri]: edits } };
}
