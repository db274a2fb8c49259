/**
 * The one place where the core's positions meet LSP's. The core counts 1-based lines/columns and
 * 0-based UTF-16 offsets into the text *without* a leading BOM; LSP counts 0-based lines and UTF-16
 * characters into the text as the editor holds it (a BOM, if the editor kept one, is character 0).
 */
import type { OffsetRange } from '@dunlint/core';
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** 1 when the editor's text starts with a BOM (which the core strips), else 0. */
export function bomShift(doc: TextDocument): 0 | 1 {
  return doc.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }) === '\uFEFF' ? 1 : 0;
}

/** LSP position of a core offset. */
export function toLspPosition(doc: TextDocument, offset: number, shift = bomShift(doc)): Position {
  return doc.positionAt(offset + shift);
}

/** LSP range of a core `[start, end)` offset range. */
export function toLspRange(doc: TextDocument, range: OffsetRange, shift = bomShift(doc)): Range {
  return { start: doc.positionAt(range[0] + shift), end: doc.positionAt(range[1] + shift) };
}

/** Core offset of an LSP position (clamped into the document). */
export function toCoreOffset(doc: TextDocument, position: Position, shift = bomShift(doc)): number {
  return Math.max(0, doc.offsetAt(position) - shift);
}

/** LSP position of a core 1-based line/column (used for `related` locations, which carry no offsets). */
export function lineColumnToLsp(line: number, column: number, shift: 0 | 1): Position {
  return { line: Math.max(0, line - 1), character: Math.max(0, column - 1) + (line === 1 ? shift : 0) };
}

/**
 * The LSP range for a 1-based line/column reported in a file the editor may not have open (a
 * configuration file): from that column to the end of the word, or one character when there is none.
 */
export function pointRange(text: string | undefined, line: number, column: number): Range {
  const start = { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
  const lineText = text?.split(/\r\n|\n|\r/)[start.line] ?? '';
  const rest = lineText.slice(start.character);
  const word = /^[^\s,:{}[\]]+/.exec(rest)?.[0].length ?? 0;
  return { start, end: { line: start.line, character: start.character + Math.max(word, 1) } };
}

/** Whether `position` lies in `range` (ends included, as editors treat a cursor at a word's end). */
export function rangeContains(range: Range, position: Position): boolean {
  const afterStart =
    position.line > range.start.line ||
    (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd =
    position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** Whether two ranges overlap or touch. */
export function rangesIntersect(a: Range, b: Range): boolean {
  return rangeContains(a, b.start) || rangeContains(a, b.end) || rangeContains(b, a.start);
}

export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
