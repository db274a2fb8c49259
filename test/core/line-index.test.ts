/** LineIndex (packages/core/src/document/line-index.ts): offset <-> 1-based line/column, BOM and EOL helpers. */
import { BOM, detectEol, LineIndex, lint, parseTemplate, stripBom } from '@dunlint/core';
import { describe, expect, it } from 'vitest';

/** Every offset maps to a position that maps back to the same offset (except inside a CRLF pair). */
function roundTrips(text: string): void {
  const index = new LineIndex(text);
  for (let o = 0; o <= text.length; o++) {
    const p = index.position(o);
    expect(p.offset).toBe(o);
    if (text[o - 1] === '\r' && text[o] === '\n') continue; // between \r and \n: no column of its own
    expect(index.offset(p.line, p.column), `offset ${o}`).toBe(o);
  }
}

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns with LF', () => {
    const index = new LineIndex('ab\ncd\n\ne');
    expect(index.lineStarts).toEqual([0, 3, 6, 7]);
    expect(index.lineCount).toBe(4);
    expect(index.position(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.position(2)).toEqual({ line: 1, column: 3, offset: 2 }); // the \n itself: end of line 1
    expect(index.position(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(index.position(6)).toEqual({ line: 3, column: 1, offset: 6 });
    expect(index.position(8)).toEqual({ line: 4, column: 2, offset: 8 }); // end of text
    roundTrips('ab\ncd\n\ne');
  });

  it('treats CRLF as one line break', () => {
    const text = 'ab\r\ncd\r\n\r\ne';
    const index = new LineIndex(text);
    expect(index.lineStarts).toEqual([0, 4, 8, 10]);
    expect(index.position(2)).toEqual({ line: 1, column: 3, offset: 2 }); // \r
    expect(index.position(3)).toEqual({ line: 1, column: 4, offset: 3 }); // \n
    expect(index.position(4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(index.lineEnd(1)).toBe(2);
    expect(index.lineEnd(3)).toBe(8);
    expect(index.lineText(2)).toBe('cd');
    expect(index.lineText(3)).toBe('');
    expect(index.lineText(4)).toBe('e');
    roundTrips(text);
  });

  it('treats a lone CR as a line break, and mixed endings each as one', () => {
    const text = 'a\rb\nc\r\nd';
    const index = new LineIndex(text);
    expect(index.lineStarts).toEqual([0, 2, 4, 7]);
    expect(index.lineCount).toBe(4);
    expect([1, 2, 3, 4].map((l) => index.lineText(l))).toEqual(['a', 'b', 'c', 'd']);
    roundTrips(text);
  });

  it('counts columns in UTF-16 code units: a surrogate pair is two columns', () => {
    const text = 'a😀b\n😀😀';
    const index = new LineIndex(text);
    expect(text.length).toBe(9);
    expect(index.position(1)).toEqual({ line: 1, column: 2, offset: 1 }); // start of the emoji
    expect(index.position(3)).toEqual({ line: 1, column: 4, offset: 3 }); // "b"
    expect(index.position(5)).toEqual({ line: 2, column: 1, offset: 5 });
    expect(index.position(7)).toEqual({ line: 2, column: 3, offset: 7 }); // second emoji
    expect(index.offset(2, 3)).toBe(7);
    roundTrips(text);
  });

  it('clamps offsets and line/columns into the document', () => {
    const index = new LineIndex('ab\ncd');
    expect(index.position(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.position(99)).toEqual({ line: 2, column: 3, offset: 5 });
    expect(index.offset(0, 1)).toBe(0);
    expect(index.offset(9, 1)).toBe(3); // last line
    expect(index.offset(1, 99)).toBe(2); // clamped before the line break
    expect(index.offset(2, 0)).toBe(3); // column 0 -> line start
  });

  it('handles the empty text and a text ending with a line break', () => {
    const empty = new LineIndex('');
    expect(empty.lineCount).toBe(1);
    expect(empty.position(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(empty.lineText(1)).toBe('');
    const trailing = new LineIndex('a\n');
    expect(trailing.lineCount).toBe(2);
    expect(trailing.position(2)).toEqual({ line: 2, column: 1, offset: 2 });
    expect(trailing.lineEnd(2)).toBe(2);
  });

  it('round-trips a larger mixed text', () => {
    roundTrips('---\r\nid: x\r\n---\r\nOlá 😀 {{debtor_name}}\n\rçã\r\n');
  });
});

describe('BOM and line endings', () => {
  it('strips one leading BOM only', () => {
    expect(BOM).toBe('\uFEFF');
    expect(stripBom('\uFEFFabc')).toEqual({ text: 'abc', bom: true });
    expect(stripBom('abc')).toEqual({ text: 'abc', bom: false });
    expect(stripBom('a\uFEFFb')).toEqual({ text: 'a\uFEFFb', bom: false });
    expect(stripBom('\uFEFF\uFEFFx')).toEqual({ text: '\uFEFFx', bom: true });
  });

  it('detects the line ending from the first line break', () => {
    expect(detectEol('a\r\nb\nc')).toBe('\r\n');
    expect(detectEol('a\nb\r\nc')).toBe('\n');
    expect(detectEol('abc')).toBe('\n');
    expect(detectEol('\nabc')).toBe('\n');
  });

  it('parseTemplate: offsets refer to the text without the BOM', () => {
    const source = '\uFEFF---\r\nid: x\r\n---\r\nHi {{name}}\r\n';
    const doc = parseTemplate(source);
    expect(doc.bom).toBe(true);
    expect(doc.eol).toBe('\r\n');
    expect(doc.text).toBe(source.slice(1));
    const p = doc.placeholders[0]!;
    expect(doc.text.slice(p.range[0], p.range[1])).toBe('{{name}}');
    expect(doc.lines.position(p.range[0])).toEqual({ line: 4, column: 4, offset: p.range[0] });
    expect(doc.bodyRange[0]).toBe('---\r\nid: x\r\n---\r\n'.length);
  });

  it('lint: diagnostic positions are the same with and without a BOM and with CRLF', () => {
    const lf = '---\nid: x\n---\nHi 😀 {{name}\n';
    const positions = (text: string) =>
      lint(text)
        .messages.filter((m) => m.ruleId === 'placeholder-syntax')
        .map((m) => [m.line, m.column, m.endLine, m.endColumn]);
    const expected = [[4, 7, 4, 14]];
    expect(positions(lf)).toEqual(expected);
    expect(positions(`\uFEFF${lf}`)).toEqual(expected);
    expect(positions(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
  });
});
