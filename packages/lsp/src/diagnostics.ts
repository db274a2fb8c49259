import type { Diagnostic as CoreDiagnostic, TemplateId } from '@dunlint/core';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from './protocol.js';
import { lineColumnToLsp, toLspRange } from './positions.js';

/** What a published diagnostic carries back to the server in code action requests. */
export interface DiagnosticData {
  /** The document version it was computed for. */
  version: number;
  /** Its index in that lint result's messages. */
  index: number;
}

/** A core diagnostic as an LSP diagnostic, with the same message text as the CLI. */
export function toLspDiagnostic(
  doc: TextDocument,
  d: CoreDiagnostic,
  index: number,
  version: number,
  shift: 0 | 1,
): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toLspRange(doc, [d.offset, d.endOffset], shift),
    severity: d.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    data: { version, index } satisfies DiagnosticData,
  };
  if (d.ruleId) diagnostic.code = d.ruleId;
  if (d.url) diagnostic.codeDescription = { href: d.url };
  if (d.ruleId === 'unused-directive') diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (d.related?.length) {
    diagnostic.relatedInformation = d.related.map((r) => ({
      location: {
        uri: doc.uri,
        range: { start: lineColumnToLsp(r.line, r.column, shift), end: lineColumnToLsp(r.endLine, r.endColumn, shift) },
      },
      message: r.message,
    }));
  }
  return diagnostic;
}

/** One diagnostic at the top of a document that is not linted, saying why. */
export function documentNotice(message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Warning): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
}

/**
 * A diagnostic about other files too (a template id used elsewhere): placed by its line and column,
 * with a related location at each other file's id. It belongs to no lint result (no `data`).
 */
export function crossFileDiagnostic(d: CoreDiagnostic, others: readonly { uri: string; at: TemplateId }[]): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: lineColumnToLsp(d.line, d.column, 0), end: lineColumnToLsp(d.endLine, d.endColumn, 0) },
    severity: d.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    relatedInformation: others.map(({ uri, at }) => ({
      location: {
        uri,
        range: { start: lineColumnToLsp(at.line, at.column, 0), end: lineColumnToLsp(at.endLine, at.endColumn, 0) },
      },
      message: `The same id "${at.id}" here.`,
    })),
  };
  if (d.ruleId) diagnostic.code = d.ruleId;
  if (d.url) diagnostic.codeDescription = { href: d.url };
  return diagnostic;
}
