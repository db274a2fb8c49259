import { lintAndFix, type Diagnostic as CoreDiagnostic, type Fix, type TemplateDocument } from '@dunlint/core';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticData } from './diagnostics.js';
import type { LintEntry } from './linter.js';
import { bomShift, sameRange, toLspPosition, toLspRange } from './positions.js';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from './protocol.js';

export interface EditCapabilities {
  /** `workspace.workspaceEdit.documentChanges`: versioned edits, refused by the client when stale. */
  documentChanges: boolean;
  /** `workspace.workspaceEdit.snippetEditSupport` (LSP 3.18). */
  snippets: boolean;
  /** `codeAction.resolveSupport` includes `edit`: "fix all" is computed only when chosen. */
  resolveEdit: boolean;
}

/** Rules whose findings are about directives themselves: never offered "disable for this line". */
const NOT_DISABLABLE = new Set(['invalid-directive', 'unused-directive']);

const wants = (only: string[] | undefined, kind: string) =>
  !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

/** What `data` a "fix all" action carries until it is resolved. */
export interface FixAllData {
  uri: string;
  version: number;
}

/**
 * Quick fixes (the rule's fix, its suggestions, "disable for this line") for the dunlint
 * diagnostics in the request, built from the lint of this exact document version; and
 * `source.fixAll.dunlint`.
 */
export function codeActions(
  doc: TextDocument,
  parsed: TemplateDocument,
  entry: LintEntry,
  params: CodeActionParams,
  caps: EditCapabilities,
): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const result = entry.result;
  if (!result) return actions;
  const shift = bomShift(doc);

  if (wants(only, CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const index = findIndex(entry, diagnostic);
      if (index === undefined) continue;
      const core = result.messages[index]!;
      const published = entry.diagnostics[index + (entry.diagnostics.length - result.messages.length)]!;
      if (core.fix) {
        actions.push({
          title: `Fix this ${core.ruleId} problem`,
          kind: CodeActionKind.QuickFix,
          isPreferred: true,
          diagnostics: [published],
          edit: edit(doc, [fixEdit(doc, core.fix, shift)], caps),
        });
      }
      for (const suggestion of core.suggestions ?? []) {
        actions.push({
          title: suggestion.desc,
          kind: CodeActionKind.QuickFix,
          diagnostics: [published],
          edit: edit(doc, [fixEdit(doc, suggestion.fix, shift)], caps),
        });
      }
      const disable = disableAction(doc, parsed, entry, core, published, caps);
      if (disable) actions.push(disable);
    }
  }

  const fixable = result.fixableErrorCount + result.fixableWarningCount > 0;
  const explicitFixAll = only?.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(`${o}.`)) ?? false;
  if ((fixable && !only) || explicitFixAll) {
    const action: CodeAction = { title: 'Fix all auto-fixable dunlint problems', kind: FIX_ALL_KIND };
    if (caps.resolveEdit && !explicitFixAll) {
      action.data = { uri: doc.uri, version: doc.version } satisfies FixAllData;
    } else {
      const fixAll = fixAllEdit(doc, entry, caps);
      if (fixAll) action.edit = fixAll;
      else if (explicitFixAll) return actions;
    }
    actions.push(action);
  }
  return actions;
}

/** The edit of "fix all": the core's fix loop (`lintAndFix`) as one minimal text edit. */
export function fixAllEdit(doc: TextDocument, entry: LintEntry, caps: EditCapabilities): WorkspaceEdit | undefined {
  if (!entry.options) return undefined;
  const text = doc.getText();
  const { output, fixed } = lintAndFix(text, entry.options);
  if (!fixed) return undefined;
  return edit(doc, [minimalEdit(doc, text, output)], caps);
}

/** The published diagnostic's index in the cached result: by its `data` when it is from this version, else by range and rule. */
function findIndex(entry: LintEntry, diagnostic: Diagnostic): number | undefined {
  const messages = entry.result!.messages;
  const offset = entry.diagnostics.length - messages.length;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (data?.version === entry.version && typeof data.index === 'number') {
    const published = entry.diagnostics[data.index + offset];
    if (published && published.code === diagnostic.code && sameRange(published.range, diagnostic.range))
      return data.index;
  }
  const i = entry.diagnostics.findIndex(
    (d, j) =>
      j >= offset &&
      d.code === diagnostic.code &&
      d.message === diagnostic.message &&
      sameRange(d.range, diagnostic.range),
  );
  return i === -1 ? undefined : i - offset;
}

function fixEdit(doc: TextDocument, fix: Fix, shift: 0 | 1): TextEdit {
  return { range: toLspRange(doc, fix.range, shift), newText: fix.text };
}

function edit(doc: TextDocument, edits: TextEdit[], caps: EditCapabilities): WorkspaceEdit {
  return caps.documentChanges
    ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] }
    : { changes: { [doc.uri]: edits } };
}

/** One edit covering the difference between `before` and `after` (common prefix and suffix kept). */
function minimalEdit(doc: TextDocument, before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end))
    end++;
  return {
    range: { start: doc.positionAt(start), end: doc.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}

/**
 * "Disable <rule> for this line": a `dunlint-disable-next-line` directive above the line, an HTML
 * comment in the body or a `#` comment in the front matter, with the reason as a snippet
 * placeholder when the client can take snippet edits.
 */
function disableAction(
  doc: TextDocument,
  parsed: TemplateDocument,
  entry: LintEntry,
  core: CoreDiagnostic,
  published: Diagnostic,
  caps: EditCapabilities,
): CodeAction | undefined {
  const ruleId = core.ruleId;
  if (!ruleId || NOT_DISABLABLE.has(ruleId) || !entry.options) return undefined;
  const text = doc.getText();
  const shift = bomShift(doc);
  const line = toLspPosition(doc, core.offset, shift).line;
  const lineStart = doc.offsetAt({ line, character: 0 });
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
  const eol = parsed.eol;
  // Where is the line: the front matter (YAML comment) or the body (HTML comment)?
  const fm = parsed.frontMatter;
  const coreLineStart = lineStart - shift;
  if (fm && coreLineStart < fm.contentRange[0]) return undefined; // the opening fence: nothing may precede it
  const inFrontMatter = fm !== undefined && coreLineStart < fm.range[1];
  const reason = caps.snippets ? '${1:reason}' : 'reason required';
  const directive = `dunlint-disable-next-line ${ruleId} -- ${reason}`;
  const insert = inFrontMatter ? `${indent}# ${directive}${eol}` : `${indent}<!-- ${directive} -->${eol}`;
  const at = { line, character: 0 };
  const title = `Disable ${ruleId} for this line`;
  if (caps.snippets && caps.documentChanges) {
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [published],
      edit: {
        documentChanges: [
          {
            textDocument: { uri: doc.uri, version: doc.version },
            edits: [{ range: { start: at, end: at }, snippet: { kind: 'snippet', value: insert } }],
          },
        ],
      },
    };
  }
  const plain = caps.snippets ? insert.replace('${1:reason}', 'reason required') : insert;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [published],
    edit: edit(doc, [{ range: { start: at, end: at }, newText: plain }], caps),
  };
}
